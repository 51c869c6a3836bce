import Foundation
import StorylineFetchTestSupport
import StorylineStore
import StorylineTestSupport
import Testing

/// `storyline fetch` against a local server (no internet).
@Suite(.serialized) struct FetchCommandTests {
    static func page(_ title: String, _ paragraphs: [String]) -> String {
        "<!doctype html><html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    }

    static let bridge = page(
        "Council approves new bridge",
        [
            "The city council voted on Thursday to build a new pedestrian bridge across the river, ending a debate that lasted more than two years.",
            "The bridge will cost 12 million euros and should open in 2027, the council's transport committee said in a statement.",
        ])

    /// A Russian page as windows-1251 bytes (ASCII and А–я map to single bytes).
    static let russian: [UInt8] = page(
        "Совет одобрил новый мост",
        [
            "Городской совет проголосовал в четверг за строительство нового пешеходного моста через реку.",
            "Мост обойдется в двенадцать миллионов евро и должен открыться через три года, сообщил комитет.",
        ]
    ).unicodeScalars.map { scalar in
        switch scalar.value {
        case 0..<0x80: UInt8(scalar.value)
        case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
        default: UInt8(ascii: "?")
        }
    }

    @Test func storesWhatItCanAndReportsEachFailureOnOneLine() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/robots.txt": { _ in .init(body: Array("User-agent: *\nDisallow: /private\n".utf8)) },
            "/a": { _ in .html(Self.bridge) },
            "/old": { _ in .redirect("/ru") },
            "/ru": { _ in .init(headers: [("Content-Type", "text/html; charset=windows-1251")], body: Self.russian) },
            "/private/x": { _ in .html(Self.bridge) },
            "/big": { _ in .init(headers: [("Content-Type", "text/html")], body: Array(repeating: 120, count: 9000)) },
            "/doc.pdf": { _ in .init(headers: [("Content-Type", "application/pdf")], body: Array("%PDF-1.4".utf8)) },
        ]
        let server = try await LocalHTTPServer(routes: routes)
        let folder = try TemporaryFolder()
        let paths = ["/a", "/old", "/missing", "/private/x", "/big", "/doc.pdf"]
        let result = try CLIRunner.run(
            ["fetch"] + paths.map(server.url) + [
                "--db", "x.sqlite", "--delay", "0", "--retry-delay", "0.01", "--max-size", "5000",
            ], in: folder.url)
        try await server.shutdown()

        #expect(result.status == 1)
        let lines = Set(result.stderr.split(separator: "\n").map(String.init))
        #expect(lines.contains("\(server.url("/missing")): HTTP 404"))
        #expect(lines.contains("\(server.url("/private/x")): blocked by robots.txt"))
        #expect(lines.contains("\(server.url("/big")): too large (> 5000 bytes)"))
        #expect(lines.contains("\(server.url("/doc.pdf")): not an HTML page (application/pdf)"))
        #expect(result.stderr.contains("6 URLs → 2 new articles"), "\(result.stderr)")

        let store = try ArticleStore(path: folder.path("x.sqlite"))
        let articles = try await store.articleSummaries()
        #expect(Set(articles.compactMap(\.url)) == [server.url("/a"), server.url("/ru")])
        let russian = try #require(articles.first { $0.url == server.url("/ru") })
        #expect(russian.title == "Совет одобрил новый мост")
        #expect(russian.language == "ru")
        let text = try #require(try await store.article(id: russian.id)?.text)
        #expect(text.contains("пешеходного моста"))
        #expect(try await store.storySummaries().count >= 1)
    }

    @Test func aSecondFetchAsksConditionallyAndKeepsTheWARC() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/a": { request in
                request.headers["if-none-match"] == "\"bridge-1\""
                    ? .status(304)
                    : .init(
                        headers: [("Content-Type", "text/html"), ("ETag", "\"bridge-1\"")],
                        body: Array(Self.bridge.utf8))
            }
        ]
        let server = try await LocalHTTPServer(routes: routes)
        let folder = try TemporaryFolder()
        let arguments = ["fetch", server.url("/a"), "--db", "x.sqlite", "--delay", "0", "--warc", "crawl.warc.gz"]
        let first = try CLIRunner.run(arguments, in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("1 URLs → 1 new articles"), "\(first.stderr)")
        let second = try CLIRunner.run(arguments, in: folder.url)
        try await server.shutdown()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("0 new articles, 0 already stored, 1 unchanged"), "\(second.stderr)")
        #expect(server.requests(to: "/a").map { $0.headers["if-none-match"] } == [nil, "\"bridge-1\""])
        #expect(FileManager.default.fileExists(atPath: folder.path("x.sqlite.fetch-state.json")))
        let warc = try Data(contentsOf: folder.url.appendingPathComponent("crawl.warc.gz"))
        #expect(warc.starts(with: [0x1F, 0x8B]))
    }

    @Test func aSlowServerTimesOutAfterEveryTry() async throws {
        let server = try await LocalHTTPServer(routes: ["/slow": { _ in .init(body: [60], delay: .seconds(5)) }])
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(
            [
                "fetch", server.url("/slow"), "--db", "x.sqlite", "--delay", "0", "--retry-delay", "0.01", "--timeout",
                "0.5",
            ],
            in: folder.url)
        try await server.shutdown()
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(server.url("/slow")): timed out after 3 tries\n"), "\(result.stderr)")
        #expect(server.requests(to: "/slow").count == 3)
    }

    @Test func badOptionsAreRefused() throws {
        let folder = try TemporaryFolder()
        let result = try CLIRunner.run(["fetch", "http://127.0.0.1:1/a", "--timeout", "0"], in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("timeout"))
    }
}
