import Foundation
import Testing

@testable import StorylineExtract

/// Feeds, OPML lists and WARC files through `DocumentFormat`, `ArticleExtractor` and `ArticleStream`.
@Suite("Feed and WARC pipeline")
struct FeedPipelineTests {
    @Test(arguments: [
        ("news.xml", "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\"><channel/></rss>", DocumentFormat.feed),
        (
            "noext",
            "<?xml version=\"1.0\"?><rss><channel><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>",
            .feed
        ),
        ("noext", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", .feed),
        ("noext", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title></feed>", .feed),
        ("noext", "<feed><title>no namespace: not told apart from other XML</title></feed>", .plainText),
        ("a.atom", "<feed/>", .feed),
        ("list.xml", "<?xml version=\"1.0\"?><opml version=\"2.0\"/>", .opml),
        ("noext", "<opml version=\"1.0\"><body/></opml>", .opml),
        ("subs.opml", "x", .opml),
        ("feed.json", "{\"items\": [], \"version\": \"https://jsonfeed.org/version/1.1\"}", .feed),
        ("noext", "{\n  \"version\": \"https://jsonfeed.org/version/1\",\n  \"items\": []\n}", .feed),
        (
            "lines.json", "{\"text\": \"The \\\"version\\\": \\\"https://jsonfeed.org/version/1\\\" line\"}\n",
            .jsonLines
        ),
        ("crawl.warc", "x", .warc),
        ("crawl.warc.gz", "x", .warc),
        ("noext", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", .warc),
        ("page.htm", "<rss/>", .html),
        ("story.txt", "<p>not html by name</p>", .html),
    ])
    func detectsFeedsListsAndArchives(name: String, content: String, format: DocumentFormat) {
        let document = RawDocument(name: name, sourceKey: name, data: Data(content.utf8))
        #expect(DocumentFormat.detect(document) == format)
    }

    @Test func detectsGzippedWARCByContent() {
        let gzipped = WARCBuilder.gzip(
            Array("WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8))
        #expect(DocumentFormat.detect(RawDocument(name: "x.bin", sourceKey: "x", data: Data(gzipped))) == .warc)
        let text = WARCBuilder.gzip(Array("hello".utf8))
        #expect(DocumentFormat.detect(RawDocument(name: "x.bin", sourceKey: "x", data: Data(text))) == .plainText)
    }

    @Test func anOPMLListReadsItsLocalFeedsAndReportsWebFeeds() throws {
        let folder = try FeedFixtures.folder
        let listText = String(decoding: try FeedFixtures.bytes("list.opml"), as: UTF8.self)
            .replacingOccurrences(
                of: "file:///FIXTURES",
                with: folder.absoluteString.hasSuffix("/")
                    ? String(folder.absoluteString.dropLast()) : folder.absoluteString)
        let list = folder.appendingPathComponent("list.opml").path
        let document = RawDocument(name: list, sourceKey: list, data: Data(listText.utf8))
        let extractor = ArticleExtractor()
        let (drafts, errors) = extractor.read(document)
        #expect(drafts.filter { $0.draft.outlet == "Harbor Daily" }.count == 3)  // listed twice, read once
        #expect(drafts.filter { $0.draft.outlet == "Rhein-Zeitung" }.count == 4)
        #expect(drafts.first?.file == folder.appendingPathComponent("harbor.rss").path)
        let messages = errors.map(\.description)
        #expect(
            messages.contains(
                "\(list): feed https://town.example/feed.json needs fetching; use `storyline watch \(list)`"))
        #expect(messages.contains("\(list): feed http://old.example/rss needs fetching; use `storyline watch \(list)`"))
        #expect(errors.filter { $0.code == .needsFetching }.count == 2)
        #expect(
            errors.contains { $0.code == .unsupportedFormat && $0.message.contains("ftp://files.example/feed.xml") })
        #expect(errors.contains { $0.message.contains("entry 3 (id harbor-1003)") })
    }

    @Test func aFeedBecomesArticles() throws {
        let path = try FeedFixtures.path("harbor.rss")
        let extractor = ArticleExtractor()
        let (drafts, errors) = extractor.drafts(from: try extractor.collector.read(.file(path: path)))
        #expect(errors.count == 1)
        let articles = extractor.finish(drafts)
        #expect(articles.count == 3)
        let port = try #require(articles.first?.article)
        #expect(port.url == "https://harbor.example/news/port-reopens")
        #expect(port.outlet == "Harbor Daily")
        #expect(port.published?.iso8601 == "2024-10-14T09:30:00+02:00")
        #expect(port.text.hasPrefix("The city's main port reopened on Monday"))
        #expect(articles[1].extra["content"] == "summary")
    }

    @Test func aWARCFileStreamsThroughTheArticleStream() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "storyline-warc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var records: [[UInt8]] = [
            WARCBuilder.record(
                type: "warcinfo", contentType: "application/warc-fields", block: Array("software: t\r\n".utf8))
        ]
        for number in 1...12 {
            records.append(
                WARCBuilder.record(
                    type: "request", uri: "https://valley.example/\(number)",
                    block: Array("GET / HTTP/1.1\r\n\r\n".utf8)))
            records.append(
                WARCBuilder.response(
                    uri: "https://valley.example/\(number)",
                    body: WARCBuilder.page(
                        title: "Valley story \(number)",
                        paragraphs: [
                            "Story number \(number) happened in the valley on day \(number), officials said.",
                            "It was the \(number)th such event this autumn.",
                        ])))
        }
        records.append(Array("WARC/1.1\r\nWARC-Type response\r\n\r\n".utf8))  // malformed
        records.append(
            WARCBuilder.response(
                uri: "https://valley.example/last",
                body: WARCBuilder.page(
                    title: "Last story", paragraphs: ["The last story of the crawl was about a bridge."])))
        let path = folder.appendingPathComponent("crawl.warc.gz").path
        try Data(records.flatMap { WARCBuilder.gzip($0) }).write(to: URL(fileURLWithPath: path))
        var stream = ArticleStream(batchSize: 5)
        stream.recordsPerBlock = 4
        var titles: [String] = []
        var errors: [InputError] = []
        var batches = 0
        await stream.run(paths: [folder.path]) { batch in
            batches += 1
            titles += batch.articles.compactMap(\.article.title)
            errors += batch.errors
        }
        #expect(titles == (1...12).map { "Valley story \($0)" } + ["Last story"])
        #expect(errors.count == 1)
        #expect(errors.first?.description.hasPrefix("\(path): record 26 at byte") == true)
        #expect(batches >= 3)
    }
}
