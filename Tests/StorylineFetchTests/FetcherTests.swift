import StorylineFetch
import StorylineFetchTestSupport
import Testing

@Suite struct FetcherTests {
    @Test func fetchesAPageWithItsHeadersAndIdentity() async throws {
        try await withServer(["/a": { _ in .html(TestPages.bridge) }]) { server, fetcher in
            let page = try await fetcher.fetch(server.url("/a"))
            #expect(page.status == 200)
            #expect(page.url == server.url("/a"))
            #expect(page.body == Array(TestPages.bridge.utf8))
            #expect(page.contentType?.isHTML == true)
            #expect(page.attempts == 1)
            let request = try #require(server.requests(to: "/a").first)
            #expect(request.headers["user-agent"] == "Storyline/1.0")
        }
    }

    @Test func theContactURLIsNamedInTheUserAgent() async throws {
        var configuration = TestPages.configuration()
        configuration.contact = "https://example.org/crawler"
        try await withServer(["/a": { _ in .html(TestPages.bridge) }], configuration: configuration) {
            server, fetcher in
            _ = try await fetcher.fetch(server.url("/a"))
            #expect(
                server.requests(to: "/a").first?.headers["user-agent"] == "Storyline/1.0 (+https://example.org/crawler)"
            )
        }
    }

    @Test func followsARedirectChainAndRecordsTheFinalURL() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/old": { _ in .redirect("/moved", status: 301) },
            "/moved": { _ in .redirect("/news/page?id=7", status: 302) },
            "/news/page": { _ in .html(TestPages.bridge) },
        ]
        try await withServer(routes) { server, fetcher in
            let page = try await fetcher.fetch(server.url("/old"))
            #expect(page.status == 200)
            #expect(page.requestedURL == server.url("/old"))
            #expect(page.url == server.url("/news/page?id=7"))
            #expect(page.redirectChain == [server.url("/old"), server.url("/moved"), server.url("/news/page?id=7")])
        }
    }

    @Test func aRedirectLoopIsAnError() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/a": { _ in .redirect("/b") }, "/b": { _ in .redirect("/c") }, "/c": { _ in .redirect("/a") },
        ]
        try await withServer(routes) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/a")) }
            #expect(error?.code == .redirectLoop)
            #expect(server.requests(to: "/a").count == 1)
        }
    }

    @Test func moreThanFiveRedirectsAreRefused() async throws {
        var routes: [String: LocalHTTPServer.Route] = [:]
        for hop in 0..<7 { routes["/hop\(hop)"] = { _ in .redirect("/hop\(hop + 1)") } }
        try await withServer(routes) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/hop0")) }
            #expect(error?.code == .tooManyRedirects)
            #expect(server.requests(to: "/hop5").count == 1)
            #expect(server.requests(to: "/hop6").isEmpty)
        }
    }

    @Test func anErrorStatusIsReportedWithoutRetrying() async throws {
        try await withServer([:]) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/missing")) }
            #expect(error?.description == "\(server.url("/missing")): HTTP 404")
            #expect(error?.isTransient == false)
            #expect(server.requests(to: "/missing").count == 1)
        }
    }

    @Test func theCharsetComesFromTheContentTypeHeader() async throws {
        let bytes = TestPages.windows1251("<html><body><p>Привет мир</p></body></html>")
        let routes: [String: LocalHTTPServer.Route] = [
            "/ru": { _ in .init(headers: [("Content-Type", "text/html; charset=windows-1251")], body: bytes) }
        ]
        try await withServer(routes) { server, fetcher in
            let page = try await fetcher.fetch(server.url("/ru"))
            #expect(page.contentType?.charset == "windows-1251")
            #expect(page.body == bytes)
        }
    }

    @Test func anInvalidURLIsRefusedWithoutARequest() async throws {
        try await withServer([:]) { _, fetcher in
            for url in ["ftp://example.com/a", "not a url", "/relative"] {
                let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(url) }
                #expect(error?.code == .invalidURL)
            }
        }
    }
}
