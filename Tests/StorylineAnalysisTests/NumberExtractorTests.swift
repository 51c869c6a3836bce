import StorylineAnalysis
import Testing

/// The scalars of `text` from `start` to `end`, as offsets report them.
private func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: Array(text.unicodeScalars)[start..<end])
    return String(view)
}

@Suite struct NumberExtractorTests {
    /// One number form and what the extractor should read from it.
    struct Form: Sendable, CustomTestStringConvertible {
        var text: String
        var surface: String
        var value: Double
        var unit: String? = nil
        var counted: String? = nil
        var qualifier: String? = nil
        var upper: Double? = nil
        var testDescription: String { text }
    }

    static let forms: [Form] = [
        // Digits and separators
        Form(text: "It has 700 troops.", surface: "700", value: 700, counted: "troops"),
        Form(
            text: "Some 3,000 people fled.", surface: "3,000", value: 3000, counted: "people", qualifier: "some"),
        Form(
            text: "Nearly 3 000 people fled.", surface: "3 000", value: 3000, counted: "people", qualifier: "nearly"),
        Form(text: "Mehr als 3.000 people fled.", surface: "3.000", value: 3000, counted: "people"),
        Form(text: "A rise of 1.5 points.", surface: "1.5", value: 1.5, counted: "points"),
        Form(text: "Es waren 1,5 Liter.", surface: "1,5 Liter", value: 1.5, unit: "l"),
        Form(text: "It cost 1.250.000,50 zł.", surface: "1.250.000,50 zł", value: 1_250_000.5, unit: "PLN"),
        Form(text: "It reached 1,234,567 users.", surface: "1,234,567", value: 1_234_567, counted: "users"),
        // Scale words
        Form(text: "serving 1 billion people", surface: "1 billion", value: 1e9, counted: "people"),
        Form(text: "a budget of 2.5 million", surface: "2.5 million", value: 2.5e6),
        Form(text: "with 20k fans", surface: "20k", value: 20_000, counted: "fans"),
        Form(text: "some 3 bn users", surface: "3 bn", value: 3e9, counted: "users", qualifier: "some"),
        // Number words
        Form(text: "over two weeks", surface: "two", value: 2, counted: "weeks", qualifier: "over"),
        Form(text: "twenty-five soldiers died", surface: "twenty-five", value: 25, counted: "soldiers"),
        Form(
            text: "two hundred and fifty people", surface: "two hundred and fifty", value: 250, counted: "people"),
        Form(text: "a dozen drones", surface: "a dozen", value: 12, counted: "drones"),
        Form(text: "three million people", surface: "three million", value: 3e6, counted: "people"),
        Form(text: "a million people", surface: "a million", value: 1e6, counted: "people"),
        Form(text: "dozens of people", surface: "dozens", value: 24, counted: "people", qualifier: "dozens"),
        Form(
            text: "hundreds of thousands of refugees", surface: "hundreds of thousands", value: 200_000,
            counted: "refugees", qualifier: "hundreds of thousands"),
        Form(text: "one cup of coffee", surface: "one", value: 1, counted: "cup"),
        // Currencies
        Form(
            text: "It pledged $1.5 billion in aid.", surface: "$1.5 billion", value: 1.5e9, unit: "USD", counted: "aid"),
        Form(text: "a €20m loan", surface: "€20m", value: 2e7, unit: "EUR", counted: "loan"),
        Form(text: "a £3 ticket", surface: "£3", value: 3, unit: "GBP", counted: "ticket"),
        Form(text: "a US$5 fee", surface: "US$5", value: 5, unit: "USD", counted: "fee"),
        Form(text: "USD 5 million was sent", surface: "USD 5 million", value: 5e6, unit: "USD"),
        Form(text: "5 million euros was sent", surface: "5 million euros", value: 5e6, unit: "EUR"),
        Form(text: "5 million pounds was sent", surface: "5 million pounds", value: 5e6, unit: "GBP"),
        Form(text: "$1.5bn deal", surface: "$1.5bn", value: 1.5e9, unit: "USD", counted: "deal"),
        Form(text: "20 € each", surface: "20 €", value: 20, unit: "EUR"),
        // Percentages
        Form(text: "a 1.5% rise", surface: "1.5%", value: 1.5, unit: "%", counted: "rise"),
        Form(text: "up 20 percent", surface: "20 percent", value: 20, unit: "%"),
        Form(text: "by 3 per cent", surface: "3 per cent", value: 3, unit: "%"),
        Form(text: "by 2 percentage points", surface: "2 percentage points", value: 2, unit: "pp"),
        // Units
        Form(
            text: "about 500 kilometers from", surface: "500 kilometers", value: 500, unit: "km", qualifier: "about"),
        Form(text: "a 5km run", surface: "5km", value: 5, unit: "km", counted: "run"),
        Form(text: "311 miles away", surface: "311 miles", value: 311, unit: "mi"),
        Form(text: "a 20m wall", surface: "20m", value: 20, unit: "m", counted: "wall"),
        Form(text: "a 40 t truck", surface: "40 t", value: 40, unit: "t", counted: "truck"),
        Form(text: "500 kg of food", surface: "500 kg", value: 500, unit: "kg", counted: "food"),
        Form(text: "2 tonnes of grain", surface: "2 tonnes", value: 2, unit: "t", counted: "grain"),
        Form(text: "up to 25°C today", surface: "25°C", value: 25, unit: "°C", qualifier: "up to"),
        Form(text: "it was 5 degrees Celsius", surface: "5 degrees Celsius", value: 5, unit: "°C"),
        Form(text: "at 90 km/h on", surface: "90 km/h", value: 90, unit: "km/h"),
        Form(
            text: "on 600 square kilometers of land", surface: "600 square kilometers", value: 600, unit: "km²",
            counted: "land"),
        Form(text: "a 50 MW plant", surface: "50 MW", value: 50, unit: "MW", counted: "plant"),
        // Approximate markers
        Form(text: "around 700 troops", surface: "700", value: 700, counted: "troops", qualifier: "around"),
        Form(
            text: "more than 100 missiles", surface: "100", value: 100, counted: "missiles", qualifier: "more than"),
        Form(text: "at least 12 killed", surface: "12", value: 12, counted: "killed", qualifier: "at least"),
        Form(text: "roughly 40 drones", surface: "40", value: 40, counted: "drones", qualifier: "roughly"),
        Form(text: "~500 people", surface: "500", value: 500, counted: "people", qualifier: "~"),
        Form(text: "60+ jets", surface: "60+", value: 60, counted: "jets", qualifier: "+"),
        Form(
            text: "an estimated 300 tanks", surface: "300", value: 300, counted: "tanks", qualifier: "an estimated"),
        // Ranges
        Form(text: "10 to 15 tanks", surface: "10 to 15", value: 10, counted: "tanks", upper: 15),
        Form(text: "10-15 drones", surface: "10-15", value: 10, counted: "drones", upper: 15),
        Form(text: "between 10 and 15 people", surface: "10 and 15", value: 10, counted: "people", upper: 15),
        Form(text: "10-15 million people", surface: "10-15 million", value: 1e7, counted: "people", upper: 1.5e7),
        Form(
            text: "500,000 to 1 million people", surface: "500,000 to 1 million", value: 5e5, counted: "people",
            upper: 1e6),
        Form(text: "two to three days", surface: "two to three", value: 2, counted: "days", upper: 3),
        // Counted nouns past modifiers and "of"
        Form(text: "700 military personnel", surface: "700", value: 700, counted: "personnel"),
        Form(text: "5 Russian soldiers", surface: "5", value: 5, counted: "soldiers"),
        Form(text: "300 long-range missiles", surface: "300", value: 300, counted: "missiles"),
        Form(text: "two of the soldiers", surface: "two", value: 2, counted: "soldiers"),
        Form(text: "40 more drones", surface: "40", value: 40, counted: "drones"),
        Form(text: "a two-day visit", surface: "two", value: 2, counted: "day"),
        Form(text: "2000 troops", surface: "2000", value: 2000, counted: "troops"),
        Form(text: "a 700-strong force", surface: "700", value: 700),
        Form(text: "a 500-kilometre range", surface: "500-kilometre", value: 500, unit: "km", counted: "range"),
        Form(text: "it fell to -5°C on Monday", surface: "-5°C", value: -5, unit: "°C"),
    ]

    @Test(arguments: forms)
    func readsNumberForm(_ form: Form) throws {
        let mentions = NumberExtractor().numbers(in: form.text)
        try #require(mentions.count == 1, "\(mentions.map(\.surface))")
        let mention = mentions[0]
        #expect(mention.surface == form.surface)
        #expect(mention.value == form.value)
        #expect(mention.unit == form.unit)
        #expect(mention.counted == form.counted)
        #expect(mention.qualifier == form.qualifier)
        #expect(mention.isApproximate == (form.qualifier != nil))
        #expect(mention.upperValue == form.upper)
        #expect(scalarSlice(form.text, mention.start, mention.end) == mention.surface)
    }

    /// Things that look like numbers but are dates, times, years, ordinals or identifiers.
    @Test(arguments: [
        "It happened in 2026.", "He served from 2010 to 2024.", "He served 2010-2024.", "The 2024 election was close.",
        "On Oct. 13 he spoke.", "It was published on Oct.\n14.", "The meeting on 15 October 2024 ended.",
        "At 10:12 he left.", "At 3 p.m. he left.", "It was the 15th time.", "The F-16 jets flew.", "The G7 met.",
        "COVID-19 spread.", "Call 202-555-0100 now.", "Version 1.2.3 shipped.", "Under Article 5 allies act.",
        "No one came.", "It is one of them.", "The score was 24/7.", "Call +380 44 123 now.", "In the 1990s it grew.",
        "The year 2017 mattered.", "on 2024-10-15 at noon", "See No. 5 below.", "as shown [3] here",
        "1. Introduction", "It starts at 10 o'clock.", "ISBN 978-3-16-148410-0", "ID 12345678 was used.",
    ])
    func skipsNonNumbers(_ text: String) {
        #expect(NumberExtractor().numbers(in: text).map(\.surface) == [])
    }

    @Test func readsConversionInBrackets() throws {
        let text = "Kaliningrad, about 500 kilometers (311 miles) from the capital, and $1.5 billion (€1.4 billion)."
        let mentions = NumberExtractor().numbers(in: text)
        try #require(mentions.count == 2)
        let distance = try #require(mentions[0].conversion)
        #expect(mentions[0].unit == "km")
        #expect(distance.value == 311)
        #expect(distance.unit == "mi")
        #expect(distance.surface == "311 miles")
        #expect(scalarSlice(text, distance.start, distance.end) == "311 miles")
        let money = try #require(mentions[1].conversion)
        #expect(money.value == 1.4e9)
        #expect(money.unit == "EUR")
        #expect(mentions[1].quantityKey == "unit:money")
    }

    @Test func quantityKeysMatchSameSlot() {
        let extractor = NumberExtractor()
        let troops = extractor.numbers(in: "around 700 troops")[0]
        let personnel = extractor.numbers(in: "about 700 personnel")[0]
        #expect(troops.quantityKey == "count:troop")
        #expect(troops.quantityKey == personnel.quantityKey)
        let kilometres = extractor.numbers(in: "500 km away")[0]
        let miles = extractor.numbers(in: "311 miles away")[0]
        #expect(kilometres.quantityKey == "unit:length")
        #expect(kilometres.quantityKey == miles.quantityKey)
        #expect(extractor.numbers(in: "a rise of 1.5 on")[0].quantityKey == nil)
        #expect(extractor.numbers(in: "two weeks")[0].countedKey == extractor.numbers(in: "one week")[0].countedKey)
    }

    @Test func offsetsMatchSurfaceAfterWideScalars() {
        let text = "Über 🇺🇦 “more than 60 aircraft” and €20m — 1 billion people."
        let mentions = NumberExtractor().numbers(in: text)
        #expect(mentions.map(\.surface) == ["60", "€20m", "1 billion"])
        for mention in mentions {
            #expect(scalarSlice(text, mention.start, mention.end) == mention.surface)
        }
    }

    @Test func readsSeveralNumbersInOrder() {
        let text = "Over two weeks, over 60 aircraft will fly; around 700 troops, 1 billion people."
        let mentions = NumberExtractor().numbers(in: text)
        #expect(mentions.map(\.value) == [2, 60, 700, 1e9])
        #expect(mentions.map(\.countedKey) == ["week", "aircraft", "troop", "people"])
    }
}

/// Regression: a spelled number right after a closing quote and a line break once produced a span
/// that ended before it began (found on a BASIL article).
@Test func spelledNumberAfterQuoteAndLineBreakKeepsValidOffsets() {
    let text = "he could “never convince them they should take personal responsibility and care for their lives.\"\nOne of Ryan’s best one-liners came when he sought to explain these comments."
    let scalars = Array(text.unicodeScalars)
    for mention in NumberExtractor().numbers(in: text) {
        #expect(mention.start < mention.end)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.surface)
    }
}
