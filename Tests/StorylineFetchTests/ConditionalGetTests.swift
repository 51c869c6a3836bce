import StorylineFetch
import StorylineFetchTestSupport
import Testing

@Suite struct ConditionalGetTests {
    @Test func anUnchangedResourceAnswers304ToIfNoneMatch() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/feed": { request in
                request.headers["if-none-match"] == "\"v1\""
                    ? .status(304) : .init(headers: [("ETag", "\"v1\"")], body: Array("<rss/>".utf8))
            }
        ]
        try await withServer(routes) { server, fetcher in
            let first = try await fetcher.fetch(server.url("/feed"))
            #expect(first.validators == HTTPValidators(etag: "\"v1\""))
            let second = try await fetcher.fetch(server.url("/feed"), validators: first.validators)
            #expect(second.isNotModified)
            #expect(server.requests(to: "/feed").map { $0.headers["if-none-match"] } == [nil, "\"v1\""])
        }
    }

    @Test func anUnchangedResourceAnswers304ToIfModifiedSince() async throws {
        let stamp = "Tue, 15 Oct 2024 12:00:00 GMT"
        let routes: [String: LocalHTTPServer.Route] = [
            "/page": { request in
                request.headers["if-modified-since"] == stamp
                    ? .status(304) : .init(headers: [("Last-Modified", stamp)], body: Array("<p>x</p>".utf8))
            }
        ]
        try await withServer(routes) { server, fetcher in
            let first = try await fetcher.fetch(server.url("/page"))
            #expect(first.validators.lastModified == stamp)
            let second = try await fetcher.fetch(server.url("/page"), validators: first.validators)
            #expect(second.isNotModified)
            #expect(second.body.isEmpty)
        }
    }
}
