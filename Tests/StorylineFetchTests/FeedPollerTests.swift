import StorylineFetch
import StorylineFetchTestSupport
import Testing

@Suite struct FeedPollerTests {
    /// A stand-in format: one entry per line, `id url`.
    private static let reading = FeedReading(
        entries: { bytes, _ in
            String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { line in
                let parts = line.split(separator: " ")
                return FeedEntry(url: String(parts[1]), id: String(parts[0]))
            }
        },
        feedURLs: { _ in [] })

    @Test func onlyNewEntriesAreReportedAndAnUnchangedFeedCostsA304() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/feed": { request in
                if request.headers["if-none-match"] == "\"2\"" { return .status(304) }
                let body =
                    request.number == 1 ? "a http://x/a\nb http://x/b" : "c http://x/c\nb http://x/b\na http://x/a"
                return .init(headers: [("ETag", "\"\(request.number)\"")], body: Array(body.utf8))
            }
        ]
        try await withServer(routes) { server, fetcher in
            let poller = FeedPoller(fetcher: fetcher, reading: Self.reading)
            let feed = server.url("/feed")
            var state = FetchState()

            guard case .updated(let first) = await poller.poll(feed, state: state).outcome else {
                Issue.record("first poll")
                return
            }
            #expect(first.newEntries.map(\.key) == ["a", "b"])
            state.markSeen(first.newEntries.compactMap(\.key), in: feed)
            state.validators[feed] = first.validators

            guard case .updated(let second) = await poller.poll(feed, state: state).outcome else {
                Issue.record("second poll")
                return
            }
            #expect(second.newEntries.map(\.key) == ["c"])
            state.markSeen(second.newEntries.compactMap(\.key), in: feed)
            state.validators[feed] = second.validators

            guard case .unchanged = await poller.poll(feed, state: state).outcome else {
                Issue.record("third poll should be unchanged")
                return
            }
            #expect(server.requests(to: "/feed").map { $0.headers["if-none-match"] } == [nil, "\"1\"", "\"2\""])
        }
    }

    @Test func aFeedThatCannotBeReadIsAFailure() async throws {
        try await withServer([:]) { server, fetcher in
            let poll = await FeedPoller(fetcher: fetcher, reading: Self.reading).poll(
                server.url("/none"), state: FetchState())
            guard case .failed(let message) = poll.outcome else {
                Issue.record("expected a failure")
                return
            }
            #expect(message == "HTTP 404")
        }
    }
}
