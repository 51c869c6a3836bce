import StorylineFetch
import StorylineFetchTestSupport
import Testing

@Suite struct RetryTests {
    @Test func a503IsRetriedUntilThePageComes() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/flaky": { request in request.number <= 2 ? .status(503) : .html(TestPages.bridge) }
        ]
        try await withServer(routes) { server, fetcher in
            let page = try await fetcher.fetch(server.url("/flaky"))
            #expect(page.status == 200)
            #expect(page.attempts == 3)
            #expect(server.requests(to: "/flaky").count == 3)
        }
    }

    @Test func aServerErrorAfterEveryRetryIsReportedWithTheTries() async throws {
        try await withServer(["/down": { _ in .status(500) }]) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/down")) }
            #expect(error?.message == "HTTP 500 after 3 tries")
            #expect(error?.isTransient == true)
        }
    }

    @Test func a429WaitsForRetryAfter() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/busy": { request in
                request.number == 1 ? .status(429, headers: [("Retry-After", "1")]) : .html(TestPages.bridge)
            }
        ]
        try await withServer(routes) { server, fetcher in
            let page = try await fetcher.fetch(server.url("/busy"))
            #expect(page.status == 200)
            let arrivals = server.requests(to: "/busy").map(\.arrival)
            #expect(arrivals.count == 2)
            #expect((arrivals[1] - arrivals[0]).seconds >= 0.9)
        }
    }

    @Test func aRetryAfterBeyondTheLimitIsNotWaitedFor() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/busy": { _ in .status(429, headers: [("Retry-After", "3600")]) }
        ]
        try await withServer(routes) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/busy")) }
            #expect(error?.message.hasPrefix("HTTP 429 (Retry-After 3600 s") == true)
            #expect(server.requests(to: "/busy").count == 1)
        }
    }

    @Test func aSlowResponseTimesOutAfterEveryTry() async throws {
        let routes: [String: LocalHTTPServer.Route] = ["/slow": { _ in .init(body: [1], delay: .seconds(3)) }]
        let configuration = TestPages.configuration(timeout: 0.3)
        try await withServer(routes, configuration: configuration) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/slow")) }
            #expect(error?.description == "\(server.url("/slow")): timed out after 3 tries")
            #expect(server.requests(to: "/slow").count == 3)
        }
    }

    @Test func aRefusedConnectionIsRetriedThenReported() async throws {
        // Bind a server to learn a free port, then close it so nothing listens there.
        let server = try await LocalHTTPServer(routes: [:])
        let url = server.url("/a")
        try await server.shutdown()
        var configuration = TestPages.configuration(retries: 1)
        configuration.obeysRobots = false
        let fetcher = Fetcher(configuration: configuration)
        let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(url) }
        #expect(error?.code == .cannotConnect)
        #expect(error?.message.hasSuffix("after 2 tries") == true)
        // With robots.txt obeyed, the unreachable robots.txt (tried as often) closes the host for the run.
        let polite = Fetcher(configuration: TestPages.configuration(retries: 1))
        let blocked = await #expect(throws: FetchError.self) { try await polite.fetch(url) }
        #expect(blocked?.code == .robotsUnavailable)
        #expect(blocked?.message.contains("after 2 tries") == true)
        try await fetcher.shutdown()
        try await polite.shutdown()
    }

    @Test(arguments: [false, true]) func aBodyOverTheCapIsRefused(chunked: Bool) async throws {
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 100_000)
        let routes: [String: LocalHTTPServer.Route] = [
            "/big": { _ in .init(headers: [("Content-Type", "text/html")], body: body, chunked: chunked) }
        ]
        try await withServer(routes, configuration: TestPages.configuration(maximumBodySize: 10_000)) {
            server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/big")) }
            #expect(error?.description == "\(server.url("/big")): too large (> 10000 bytes)")
            #expect(server.requests(to: "/big").count == 1)
        }
    }
}
