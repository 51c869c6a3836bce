import StorylineCore
import Testing

@testable import StorylineExtract

/// How the publication date is chosen among the page's structured data, its address and the dates it
/// shows: each test is a small page built for one rule.
@Suite("Publication date rules")
struct PublicationDateRulesTests {
    private func dates(_ body: String, head: String = "", url: String? = nil) throws -> HTMLMetadata {
        let html = "<html><head><title>Port reopens</title>\(head)</head><body>\(body)</body></html>"
        let document = try #require(HTMLDocument(bytes: Array(html.utf8)))
        let content = HTMLContentExtractor().extract(from: document)
        return HTMLMetadataExtractor().extract(from: document, content: content, pageURL: url)
    }

    private static let story = String(
        repeating: "The port reopened on Tuesday after crews cleared the storm damage from the quays. ", count: 6)

    @Test(arguments: [
        ("https://news.example/2024/10/15/port-reopens", "2024-10-15"),
        ("https://news.example/2012-06/04/port", "2012-06-04"),
        ("https://news.example/story_29-10-2021.html", "2021-10-29"),
        ("https://news.example/story/10-29-2021/", "2021-10-29"),
        ("https://news.example/a/20241015/port", "2024-10-15"),
        ("https://web.archive.org/web/20131110121040/http://blog.example/2008/05/17/post/", "2008-05-17"),
    ])
    func datesInAddresses(url: String, day: String) {
        #expect(URLDate.date(in: url)?.iso8601 == day)
    }

    @Test(arguments: [
        "https://news.example/2024/10/port",
        "https://news.example/item/1234567890123",
        "https://2024.example/10/15/",
        "https://news.example/2024.10/15/x",
    ])
    func addressesWithoutAFullDay(url: String) {
        #expect(URLDate.date(in: url) == nil)
    }

    @Test func aWebArchiveCaptureBoundsTheDate() {
        let url = "https://web.archive.org/web/20131110121040/http://blog.example/post"
        #expect(URLDate.archiveCapture(in: url)?.iso8601 == "2013-11-10")
        #expect(URLDate.archiveCapture(in: "https://news.example/web/post") == nil)
    }

    @Test func anUpdatedDateIsNotThePublicationDate() throws {
        let metadata = try dates(
            """
            <article><h1>Port reopens</h1><p class="meta">Updated on 20 March 2024 · Published 18 March 2024</p>
            <p>\(Self.story)</p></article>
            """)
        #expect(metadata.published?.iso8601 == "2024-03-18")
    }

    @Test func aPageThatOnlyShowsAnUpdateStandsByIt() throws {
        let metadata = try dates(
            """
            <article><h1>Port reopens</h1><p class="meta">Aktualisiert am 20.03.2024</p><p>\(Self.story)</p></article>
            """)
        #expect(metadata.published?.iso8601 == "2024-03-20")
        #expect(metadata.modified?.iso8601 == "2024-03-20")
    }

    @Test func structuredDatesThatDisagreeAreSettledByTheShownDay() throws {
        // A template's stale JSON-LD date beside the page's own <meta> date: the page shows the latter.
        let head = """
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-01-01T00:00:00Z"}</script>
            <meta property="article:published_time" content="2024-10-15T10:12:00+02:00">
            """
        let metadata = try dates(
            "<article><h1>Port reopens</h1><p class=\"date\">15 October 2024</p><p>\(Self.story)</p></article>",
            head: head)
        #expect(metadata.published?.iso8601 == "2024-10-15T10:12:00+02:00")
    }

    @Test func aUTCTimeIsMovedToTheDayThePageShows() throws {
        // 02:25 UTC is still the evening before where the article was published.
        let head = "<meta property=\"article:published_time\" content=\"2020-02-25T02:25:00Z\">"
        let metadata = try dates(
            "<article><h1>Port reopens</h1><p class=\"date\">February 24, 2020</p><p>\(Self.story)</p></article>",
            head: head)
        #expect(metadata.published?.iso8601 == "2020-02-24")
    }

    @Test func aDateNearTheHeadlineBeatsOneInTheText() throws {
        let metadata = try dates(
            """
            <article><h1>Port reopens</h1><div class="byline">By Ana Ruiz, 19 Dec, 2025</div>
            <p>\(Self.story) The first storm hit on 3 December 2025.</p></article>
            """)
        #expect(metadata.published?.iso8601 == "2025-12-19")
    }

    @Test(arguments: [
        DateCase("19 Dec, 2025", "2025-12-19"),
        DateCase("2023 Jan 7", "2023-01-07"),
        DateCase("2024 May 15:00", nil),
    ])
    func yearFirstAndCommaDates(_ date: DateCase) {
        let found = DateTextParser().allDates(in: date.text, referenceYear: nil).first?.date.iso8601
        #expect(found == date.expected)
    }

    @Test(arguments: [
        ("Updated:", true), ("aktualisiert am", true), ("Last updated on", true), ("Stand:", true),
        ("Published", false), ("a date", false),
    ])
    func updateCues(before: String, isUpdate: Bool) {
        #expect(DateCues.introducesUpdate(before) == isUpdate)
    }

    @Test(arguments: [("Published on", true), ("veröffentlicht am", true), ("Posted:", true), ("update", false)])
    func publicationCues(before: String, isPublication: Bool) {
        #expect(DateCues.introducesPublication(before) == isPublication)
    }
}
