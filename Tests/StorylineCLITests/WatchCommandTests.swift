import Foundation
import StorylineFetchTestSupport
import StorylineStore
import StorylineTestSupport
import Testing

/// `storyline watch` against a local feed server (no internet).
@Suite(.serialized) struct WatchCommandTests {
    static let fullStory = [
        "Heavy rain flooded the lower town of Riverside on Sunday night, and firefighters evacuated forty families from homes along the canal.",
        "The river rose almost two metres in six hours, the regional water authority said, and more rain is expected on Tuesday.",
        "The mayor opened the sports hall as a shelter and asked residents of the east bank to keep away from the embankment.",
        "Trains between Riverside and the capital were cancelled on Monday morning while engineers inspected the rail bridge.",
    ]

    static func feed(base: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Riverside Herald</title><link>\(base)/</link>
        <item>
          <title>Floods force evacuations in Riverside</title>
          <link>\(base)/story1</link>
          <guid isPermaLink="false">herald-1</guid>
          <pubDate>Sun, 12 May 2024 22:10:00 +0000</pubDate>
          <content:encoded><![CDATA[\(fullStory.map { "<p>\($0)</p>" }.joined())]]></content:encoded>
        </item>
        <item>
          <title>Council approves new bridge</title>
          <link>/story2</link>
          <guid isPermaLink="false">herald-2</guid>
          <description>The council voted for a bridge.</description>
        </item>
        </channel></rss>
        """
    }

    static func opml(_ feeds: [String]) -> String {
        """
        <?xml version="1.0"?>
        <opml version="2.0"><head><title>Feeds</title></head><body>
        \(feeds.map { "<outline type=\"rss\" text=\"feed\" xmlUrl=\"\($0)\"/>" }.joined(separator: "\n"))
        </body></opml>
        """
    }

    private func makeServer() async throws -> LocalHTTPServer {
        let base = NIOBox()
        let server = try await LocalHTTPServer(routes: [
            "/feed.xml": { request in
                if request.headers["if-none-match"] == "\"feed-1\"" { return .status(304) }
                return .init(
                    headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"feed-1\"")],
                    body: Array(Self.feed(base: base.value).utf8))
            },
            "/story2": { _ in .html(FetchCommandTests.bridge) },
        ])
        base.value = server.url("")
        return server
    }

    @Test func aSecondRoundAsksConditionallyAndStoresNothingNew() async throws {
        let server = try await makeServer()
        let folder = try TemporaryFolder()
        try Data(Self.opml([server.url("/feed.xml")]).utf8).write(to: folder.url.appendingPathComponent("feeds.opml"))
        let arguments = ["watch", "feeds.opml", "--once", "--db", "x.sqlite", "--delay", "0"]

        let first = try CLIRunner.run(arguments, in: folder.url)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 new entries → 2 new articles"), "\(first.stderr)")
        let store = try ArticleStore(path: folder.path("x.sqlite"))
        let articles = try await store.articleSummaries()
        #expect(Set(articles.compactMap(\.url)) == [server.url("/story1"), server.url("/story2")])
        let flood = try #require(articles.first { $0.url == server.url("/story1") })
        #expect(flood.title == "Floods force evacuations in Riverside")
        #expect(flood.published?.iso8601.hasPrefix("2024-05-12") == true)
        // The first entry carried the full article; only the second one's page was fetched.
        #expect(server.requests(to: "/story1").isEmpty)
        #expect(server.requests(to: "/story2").count == 1)

        let second = try CLIRunner.run(arguments, in: folder.url)
        try await server.shutdown()
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("1 feeds (1 unchanged), 0 new entries → 0 new articles"), "\(second.stderr)")
        #expect(server.requests(to: "/feed.xml").map { $0.headers["if-none-match"] } == [nil, "\"feed-1\""])
        #expect(server.requests(to: "/story2").count == 1)
        #expect(try await store.articleCount() == 2)
    }

    @Test func sigtermEndsTheWatchCleanlyWithTheStateSaved() async throws {
        let server = try await makeServer()
        let folder = try TemporaryFolder()
        try Data(Self.opml([server.url("/feed.xml")]).utf8).write(to: folder.url.appendingPathComponent("feeds.opml"))
        let process = try CLIRunner.start(
            ["watch", "feeds.opml", "--interval", "60", "--db", "x.sqlite", "--delay", "0"], in: folder.url)
        let state = folder.path("x.sqlite.fetch-state.json")
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: state) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(FileManager.default.fileExists(atPath: state))
        let signalled = Date()
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        try await server.shutdown()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(signalled) < 20)  // the next round would start in 60 s
        let saved =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: state))) as? [String: Any]
        let seen = (saved?["seenEntries"] as? [String: [String]])?[server.url("/feed.xml")]
        #expect(seen == ["herald-1", "herald-2"])
    }

    @Test func anOPMLWithoutFeedsIsRefused() throws {
        let folder = try TemporaryFolder()
        try Data(Self.opml([]).utf8).write(to: folder.url.appendingPathComponent("feeds.opml"))
        let result = try CLIRunner.run(["watch", "feeds.opml", "--once"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("feeds.opml") && result.stderr.contains("no feeds"), "\(result.stderr)")
    }
}

/// A value set once the server's port is known, read by its routes.
private final class NIOBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = ""
    var value: String {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
