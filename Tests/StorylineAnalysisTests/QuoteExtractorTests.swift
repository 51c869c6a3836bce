import Foundation
import Testing

@testable import StorylineAnalysis

struct QuoteExtractorTests {
    private func only(_ text: String) throws -> QuoteMention {
        let quotes = QuoteExtractor().quotes(in: text)
        try #require(quotes.count == 1, "\(quotes)")
        return quotes[0]
    }

    private func expectOffsets(_ quotes: [QuoteMention], in text: String) {
        let scalars = Array(text.unicodeScalars)
        for quote in quotes {
            #expect(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])) == quote.text)
            #expect(quote.sentenceStart <= quote.start && quote.end <= quote.sentenceEnd)
        }
    }

    @Test(arguments: [
        ("Straight", "\"We will stay,\" Ana Korvel said."),
        ("Curly", "“We will stay,” Ana Korvel said."),
        ("Guillemets", "«We will stay», Ana Korvel said."),
        ("German low-high", "„We will stay“, Ana Korvel said."),
        ("German low-high right", "„We will stay”, Ana Korvel said."),
        ("Single low", "‚We will stay‘, Ana Korvel said."),
        ("Single straight", "'We will stay,' Ana Korvel said."),
        ("Single curly", "‘We will stay,’ Ana Korvel said."),
        ("CJK corner brackets", "「We will stay」, Ana Korvel said."),
    ])
    func quoteStyles(style: String, text: String) throws {
        let quote = try only(text)
        #expect(quote.text == "We will stay", "\(style)")
        #expect(quote.speaker == "Ana Korvel", "\(style)")
        #expect(quote.attribution == .named, "\(style)")
        expectOffsets([quote], in: text)
    }

    @Test(arguments: [
        "It's clear that Korvel's team won't stay, Ana Korvel said.",
        "The allies' plan was drafted in the '90s and revised in ’08.",
        "Rock 'n' roll never died, the fans' banners said.",
    ])
    func apostrophesAreNotQuotes(text: String) {
        #expect(QuoteExtractor().quotes(in: text).isEmpty)
    }

    @Test func singleQuotesAroundPossessivesPickTheRightClosingMark() throws {
        let text = "Korvel called it 'a deal the workers' families can live with'. Nobody objected."
        let quote = try only(text)
        #expect(quote.text == "a deal the workers' families can live with")
        #expect(quote.isPartial)
    }

    @Test(arguments: [
        // Name after the quote.
        ("\"We will stay,\" Korvel said.", "Korvel" as String?, AttributionKind.named),
        ("Ana Korvel arrived. \"We will stay,\" Korvel said.", "Ana Korvel", .named),
        // Inverted, with a title.
        ("\"We will stay,\" said Foreign Minister Ana Korvel.", "Ana Korvel", .named),
        // Pronoun: the last speaker, never a name inside a quote.
        (
            "Ana Korvel spoke on Friday. \"Our message to President Ivo Brask is clear,\" she said.", "Ana Korvel",
            .pronoun
        ),
        ("Ana Korvel said the talks failed. \"Tell Ivo Brask we are not afraid,\" she added.", "Ana Korvel", .pronoun),
        // Colon.
        ("Ana Korvel said: \"We will stay.\"", "Ana Korvel", .colon),
        ("Korvel: \"We will stay\"", "Korvel", .colon),
        ("Ana Korvel met the press in Lisbon, stating, \"We will stay.\"", "Ana Korvel", .colon),
        // According to.
        ("According to Ana Korvel, \"the port will stay open.\"", "Ana Korvel", .named),
        // Role.
        (
            "Foreign Minister Ana Korvel flew in. \"We will stay,\" said the new foreign minister.",
            "Ana Korvel", .role
        ),
        ("Harbour Authority said the port will reopen. \"Ships may dock,\" the authority said.", nil, .unattributed),
        // Organisation.
        ("\"Ships may dock again,\" the Harbour Authority said.", "Harbour Authority", .named),
    ])
    func attributionPatterns(text: String, speaker: String?, attribution: AttributionKind) throws {
        let quote = QuoteExtractor().quotes(in: text).last
        let found = try #require(quote)
        #expect(found.speaker == speaker)
        #expect(found.attribution == attribution)
        expectOffsets([found], in: text)
    }

    @Test func pronounIgnoresNamesInsideQuotes() {
        let text = """
            Tomas Reyes met reporters. "The message to Ivo Brask is simple," Reyes said.
            "Ivo Brask must listen," he added.
            """
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.map(\.speaker) == ["Tomas Reyes", "Tomas Reyes"])
        #expect(quotes.map(\.attribution) == [.named, .pronoun])
    }

    @Test func pronounFallsBackToLastNamedPersonOutsideQuotes() throws {
        let text = "Reporters met Tomas Reyes in Lisbon. \"We are ready,\" he said."
        let quote = try only(text)
        #expect(quote.speaker == "Tomas Reyes")
        #expect(quote.attribution == .pronoun)
    }

    @Test func continuationParagraphTakesTheSpeaker() {
        let text = """
            "We are a small union," Ana Korvel said.

            "But we are not afraid of anyone."
            """
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.map(\.speaker) == ["Ana Korvel", "Ana Korvel"])
        #expect(quotes.map(\.attribution) == [.named, .continuation])
    }

    @Test func quoteContinuedOverParagraphs() {
        let text = """
            Ana Korvel spoke last. "We were patient for a year.

            "Now we want answers," she said.
            """
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.map(\.text) == ["We were patient for a year.", "Now we want answers"])
        #expect(quotes.map(\.speaker) == ["Ana Korvel", "Ana Korvel"])
        #expect(quotes.first?.attribution == .continuation)
        expectOffsets(quotes, in: text)
    }

    @Test func unclosedQuoteParagraphRunsToParagraphEnd() {
        let text = "Korvel spoke.\n\"We will not go back to work until the pay is fixed\nThe port stayed shut."
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.map(\.text) == ["We will not go back to work until the pay is fixed"])
        expectOffsets(quotes, in: text)
    }

    @Test func colonIntroductionInThePreviousParagraph() {
        let text = """
            Speaking to reporters in Lisbon, Ana Korvel stressed the union's resolve, stating,

            “We will stay until the deal is signed.”
            """
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.map(\.speaker) == ["Ana Korvel"])
        #expect(quotes.map(\.attribution) == [.colon])
    }

    @Test func headlineRoleColonMapsToThePerson() {
        let text = """
            Union Leader: "We will stay"
            Union leader Ana Korvel told reporters the strike would go on.
            """
        let quotes = QuoteExtractor().quotes(in: text)
        #expect(quotes.map(\.speaker) == ["Ana Korvel"])
        #expect(quotes.map(\.attribution) == [.colon])
    }

    @Test(arguments: [
        ("Tom Brandt said he wants to \"get the navy out\" of the strait.", true),
        ("Korvel called the offer \"an insult\" and left.", true),
        ("Korvel said \"the offer is an insult.\"", false),
        ("\"The offer is an insult,\" Korvel said.", false),
    ])
    func partialQuotes(text: String, isPartial: Bool) throws {
        let quote = try only(text)
        #expect(quote.isPartial == isPartial)
    }

    @Test func partialQuoteIsAttributedToTheSpeechVerbSubject() throws {
        let quote = try only("Republican nominee Tom Brandt said he wants to \"get the navy out\" of the strait.")
        #expect(quote.speaker == "Tom Brandt")
        #expect(quote.attribution == .named)
    }

    @Test func quoteSpanningSentencesKeepsItsPassage() throws {
        let text = "Talks ended. \"We are ready. We are united... We will win,\" Korvel said. Others left."
        let quote = try only(text)
        #expect(quote.text == "We are ready. We are united... We will win")
        let scalars = Array(text.unicodeScalars)
        let passage = String(String.UnicodeScalarView(scalars[quote.sentenceStart..<quote.sentenceEnd]))
        #expect(passage.hasPrefix("\"We are ready."))
        #expect(passage.hasSuffix("Korvel said."))
    }

    @Test func fixtureStory() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/quotes/harbour-strike", withExtension: "txt"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let quotes = QuoteExtractor().quotes(in: text)
        expectOffsets(quotes, in: text)
        #expect(quotes.map(\.speaker) == ["Ana Korvel", "Tomas Reyes", "Tomas Reyes", "Tomas Reyes", "Tomas Reyes"])
        #expect(quotes.map(\.attribution) == [.named, .pronoun, .pronoun, .continuation, .named])
        #expect(quotes.map(\.isPartial) == [false, false, true, false, false])
        #expect(quotes[3].text == "The port will be busy again by Tuesday.")
    }
}
