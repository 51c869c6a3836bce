import StorylineCore
import Testing

@testable import StorylineExtract

@Suite("HTMLArticleReader")
struct HTMLArticleReaderTests {
    @Test func readsADraft() throws {
        let bytes = try HTMLFixtures.bytes("jsonld-newsarticle.html")
        let draft = try HTMLArticleReader().read(bytes, url: nil, file: "jsonld-newsarticle.html")
        // The <h1>, <title> and og:title agree; the longer JSON-LD headline is outvoted.
        #expect(draft.title == "Port reopens after storm damage")
        #expect(draft.outlet == "Harbor Daily")
        #expect(draft.author == "Maria Lopez, Tom Reed")
        #expect(draft.published == PublicationDate(iso8601: "2024-10-15T10:12:00+02:00"))
        #expect(draft.language == "en")
        #expect(draft.url == "/news/2024/10/15/port-reopens" || draft.url == nil)
        #expect(draft.original.hasPrefix("The city\u{2019}s main port reopened"))
        #expect(draft.original.contains("\n\nInsurance claims\n\n"))
        #expect(draft.removals.isEmpty)
    }

    @Test(arguments: [
        "jsonld-newsarticle.html", "jsonld-graph.html", "opengraph-only.html", "meta-only.html", "time-only.html",
        "german-cp1252.html", "malformed.html",
    ])
    func everyFixtureGivesText(fixture: String) throws {
        let draft = try HTMLArticleReader().read(try HTMLFixtures.bytes(fixture), url: nil, file: fixture)
        #expect(draft.original.count > 100)
        #expect(draft.title != nil)
        #expect(!draft.original.contains("\n\n\n"))
    }

    @Test(arguments: [
        ("empty.html", InputError.Code.emptyInput), ("blank.html", .emptyInput), ("no-text.html", .malformedHTML),
    ])
    func pagesWithoutTextThrow(fixture: String, code: InputError.Code) throws {
        let bytes = try HTMLFixtures.bytes(fixture)
        let error = #expect(throws: InputError.self) { try HTMLArticleReader().read(bytes, url: nil, file: fixture) }
        #expect(error?.code == code)
        #expect(error?.file == fixture)
    }

    @Test func survivesRandomTagSoup() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "<div>", "</div>", "<p>", "</p>", "<b>", "text, words ", "&amp;", "<script>", "<!--", "-->",
            "<table><tr><td>", "\u{0}", "<", ">", "\"", "<a href='x'>",
        ]
        for _ in 0..<50 {
            let page = (0..<400).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = try? HTMLArticleReader().read(Array(page.utf8), url: "https://example.com/", file: nil)
        }
    }
}
