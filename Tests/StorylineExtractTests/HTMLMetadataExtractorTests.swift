import StorylineCore
import Testing

@testable import StorylineExtract

@Suite("HTMLMetadataExtractor")
struct HTMLMetadataExtractorTests {
    private func metadata(_ fixture: String, url: String? = nil) throws -> HTMLMetadata {
        let document = try #require(HTMLDocument(bytes: try HTMLFixtures.bytes(fixture)))
        let content = HTMLContentExtractor().extract(from: document)
        return HTMLMetadataExtractor().extract(from: document, content: content, pageURL: url)
    }

    @Test func jsonLDNewsArticle() throws {
        let metadata = try metadata("jsonld-newsarticle.html", url: "https://harbor.example/x?utm=1")
        // The <h1>, <title> and og:title agree; the longer JSON-LD headline is outvoted.
        #expect(metadata.title == "Port reopens after storm damage")
        #expect(metadata.author == "Maria Lopez, Tom Reed")
        #expect(metadata.published?.iso8601 == "2024-10-15T10:12:00+02:00")
        #expect(metadata.outlet == "Harbor Daily")
        #expect(metadata.url == "https://harbor.example/news/2024/10/15/port-reopens")
        #expect(metadata.language == "en")
    }

    @Test func jsonLDGraph() throws {
        let metadata = try metadata("jsonld-graph.html")
        #expect(metadata.title == "Council approves new cycle lanes")
        #expect(metadata.author == "Jane Whitfield")
        #expect(metadata.published?.iso8601 == "2023-03-02T09:30:00Z")
        #expect(metadata.outlet == "Town Gazette Media Ltd")
        #expect(metadata.url == "https://gazette.example/cycle-lanes/")
        #expect(metadata.language == "en")
    }

    @Test func openGraphOnly() throws {
        let metadata = try metadata("opengraph-only.html")
        #expect(metadata.title == "Farmers brace for dry summer")
        #expect(metadata.author == "Luis Ortega")
        #expect(metadata.published?.iso8601 == "2022-06-05T07:45:00Z")
        #expect(metadata.outlet == "Valley Courier")
        #expect(metadata.url == "https://courier.example/farmers-dry-summer")
        #expect(metadata.language == "es")
    }

    @Test func metaTagsOnly() throws {
        let metadata = try metadata("meta-only.html", url: "https://northside.example/library")
        #expect(metadata.title == "Library extends opening hours")
        #expect(metadata.author == "Priya Nair")
        #expect(metadata.published?.iso8601 == "2021-11-20")
        #expect(metadata.outlet == "Northside Post")
        #expect(metadata.url == "https://northside.example/library")
        #expect(metadata.language == "en")
    }

    @Test func timeElementInsideTheArticle() throws {
        let metadata = try metadata("time-only.html")
        #expect(metadata.title == "Rail strike called off at last minute")
        #expect(metadata.published?.iso8601 == "2020-02-14T18:05")
        #expect(metadata.author == nil)
        #expect(metadata.language == nil)
    }

    @Test func nonEnglishPageInWindows1252() throws {
        let metadata = try metadata("german-cp1252.html")
        #expect(metadata.title == "Stadtrat beschließt neues Schwimmbad")
        #expect(metadata.outlet == "Süddeutsche Rundschau")
        #expect(metadata.language == "de")
        #expect(metadata.published?.dayString == "2024-03-07")
    }

    @Test(
        arguments: [
            ("en-US", "en"), ("pt_BR", "pt"), ("DE", "de"), ("zh-Hant-TW", "zh"), ("eng", nil), ("", nil), ("x1", nil),
        ] as [(String, String?)])
    func languageCodes(tag: String, code: String?) {
        #expect(HTMLMetadataExtractor.languageCode(tag) == code)
    }

    @Test(arguments: [
        ("Headline | Site", "Headline"), ("A longer headline - Site Name", "A longer headline"),
        ("Short - A much longer headline here", "Short - A much longer headline here"),
        ("Outlet: The headline itself", "The headline itself"), ("No separator here", "No separator here"),
        ("The headline — Outlet", "The headline"), ("Outlet | The headline", "The headline"),
    ])
    func titleSuffixes(raw: String, cleaned: String) {
        #expect(TitleCleaner(siteNames: ["Outlet"]).removingSiteName(from: raw, loose: true).title == cleaned)
    }

    @Test(
        arguments: [
            ("By Jane Doe", ["Jane Doe"]), ("https://facebook.com/x", []), ("@handle", []),
            ("  Ana   Ruiz ", ["Ana Ruiz"]), ("Doe, Jane", ["Jane Doe"]), ("Jane Doe, Staff Writer", ["Jane Doe"]),
            ("Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ] as [(String, [String])])
    func authorFields(raw: String, names: [String]) {
        #expect(AuthorNames.names(fromField: raw) == names)
    }
}
