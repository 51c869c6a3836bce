import StorylineCore
import Testing

@testable import StorylineExtract

@Suite struct PlainTextReaderTests {
    private let reader = PlainTextReader()

    @Test func keepsTheOriginalExactly() {
        let text = "  Headline here for a story\r\n\nBody text goes on with many words here.\n"
        #expect(reader.read(text).original == text)
    }

    @Test func headlineIsFirstShortLine() {
        let draft = reader.read("Dam bursts after heavy rain\n\nWater flooded three villages on Sunday, officials said.\n")
        #expect(draft.title == "Dam bursts after heavy rain")
        #expect(draft.removals.first?.reason == .title)
        #expect(draft.removals.first?.text == "Dam bursts after heavy rain")
    }

    @Test func noHeadlineWhenTheTextOpensWithAParagraph() {
        let text = "BERLIN - The German government approved a plan on Wednesday to speed up the building of wind farms in the north.\nMore follows.\n"
        let draft = reader.read(text)
        #expect(draft.title == nil)
        #expect(draft.removals.first?.reason == .dateline)
        #expect(draft.removals.first?.text == "BERLIN - ")
    }

    @Test(arguments: [
        ("Headline of the day\n\nOct 15, 2024 - 12:00\n\nBody sentence one is here.", "2024-10-15T12:00"),
        ("Headline of the day\n\nPublished: 15.10.2024\n\nBody sentence one is here.", "2024-10-15"),
        ("Headline of the day\n\n15 October 2024 10:12\n\nBody sentence one is here.", "2024-10-15T10:12"),
        ("date 2024-10-15 Headline of the day\nBody sentence one is here.\nAnd another one.", "2024-10-15"),
        ("Headline of the day\nOpublikowano: 15 października 2024\nBody sentence one is here.", "2024-10-15"),
    ])
    func readsDateLines(_ text: String, _ expected: String) {
        let draft = reader.read(text)
        #expect(draft.published?.iso8601 == expected)
        #expect(draft.removals.contains { $0.reason == .dateLine })
        #expect(draft.title == "Headline of the day")
    }

    @Test func dateInASentenceIsNotAPublicationDateOrARemoval() {
        let draft = reader.read("Talks resume in Geneva\nThe talks, first held on 14 October 2024, resume today.\nMore here.\n")
        #expect(draft.published == nil)
        #expect(!draft.removals.contains { $0.reason == .dateLine })
    }

    @Test func yearlessDateTakesTheYearInContext() {
        let text = "Talks resume in Geneva\n\n15 October 2024\n\nThe talks held on Oct. 14 went well. Published on Oct. 14.\n"
        #expect(reader.read(text).published?.iso8601 == "2024-10-15")
        let noLine = "Talks resume in Geneva\nThe article was published on Oct. 14 by the agency.\nMore.\n"
        #expect(PlainTextReader(referenceYear: 2023).read(noLine).published?.iso8601 == "2023-10-14")
        #expect(reader.read(noLine).published == nil)
    }

    @Test(arguments: [
        ("By Jane Doe", "Jane Doe"),
        ("Von Hans-Peter Müller", "Hans-Peter Müller"),
        ("Par Jean de La Fontaine", "Jean de La Fontaine"),
        ("Oleksandr Shevchenko", "Oleksandr Shevchenko"),
    ])
    func readsAuthorLines(_ line: String, _ author: String) {
        let draft = reader.read("Headline of the day\n\(line)\n\n15 October 2024\n\nBody sentence one is here.\n")
        #expect(draft.author == author)
        #expect(draft.removals.contains { $0.reason == .byline && $0.text == line })
    }

    @Test func subheadingIsNotAnAuthor() {
        let text = "Headline of the day\n\nThe first paragraph of the story is long enough to be a real paragraph of text, with many words in it to end the header zone here.\n\nNuclear Exercises\n\nMore text.\n"
        let draft = reader.read(text)
        #expect(draft.author == nil)
    }

    @Test func placeBulletOutletLine() {
        let draft = reader.read("Headline of the day\nOdesa • Dumska\nBody sentence one is here.\n")
        #expect(draft.outlet == "Dumska")
        #expect(draft.removals.contains { $0.reason == .dateline && $0.text == "Odesa • Dumska" })
    }

    @Test func agencyInDatelineBecomesOutlet() {
        let draft = reader.read("Headline of the day\nWASHINGTON (Reuters) — The Senate passed the bill late on Friday after a long debate on spending.\n")
        #expect(draft.outlet == "Reuters")
        #expect(draft.removals.contains { $0.reason == .dateline && $0.text.hasPrefix("WASHINGTON (Reuters) —") })
    }

    @Test func breadcrumbGluedHeadline() {
        let draft = reader.read("SportMarathon record falls in Berlin\n\nMarathon record falls in Berlin\n\nThe race was run in cool weather.\n")
        #expect(draft.title == "Marathon record falls in Berlin")
        #expect(draft.removals.first?.reason == .duplicateTitle)
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Заголовок новини дня 🇺🇦\n\n15 жовтня 2024\n\nТекст новини тут.\n"
        let draft = reader.read(text)
        let scalars = Array(text.unicodeScalars)
        for removal in draft.removals {
            #expect(String(String.UnicodeScalarView(scalars[removal.start..<removal.end])) == removal.text)
        }
        #expect(draft.published?.iso8601 == "2024-10-15")
    }
}
