import StorylineFetch
import StorylineFetchTestSupport
import Testing

@Suite struct RobotsFetchTests {
    private static let robots = """
        User-agent: *
        Disallow: /

        User-agent: Storyline
        Disallow: /secret
        Allow: /secret/open$
        Crawl-delay: 0.3
        """

    @Test func robotsTxtIsObeyedAndReadOncePerHost() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/robots.txt": { _ in .init(headers: [("Content-Type", "text/plain")], body: Array(Self.robots.utf8)) },
            "/secret/open": { _ in .html(TestPages.bridge) },
            "/news": { _ in .html(TestPages.bridge) },
        ]
        try await withServer(routes) { server, fetcher in
            let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/secret/plans")) }
            #expect(error?.description == "\(server.url("/secret/plans")): blocked by robots.txt")
            #expect(error?.isTransient == false)
            _ = try await fetcher.fetch(server.url("/secret/open"))
            _ = try await fetcher.fetch(server.url("/news"))
            #expect(server.requests(to: "/robots.txt").count == 1)
            #expect(server.requests(to: "/secret/plans").isEmpty)
            // Crawl-delay 0.3 raised the host delay (0 in this configuration). Arrival times also hold
            // connection set-up, so the spacing is checked loosely.
            let arrivals = server.requests.map(\.arrival)
            for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
                #expect((later - earlier).seconds >= 0.15)
            }
            #expect((arrivals.last! - arrivals.first!).seconds >= 0.45)
        }
    }

    @Test func aMissingRobotsTxtAllowsEverything() async throws {
        try await withServer(["/a": { _ in .html(TestPages.bridge) }]) { server, fetcher in
            let page = try await fetcher.fetch(server.url("/a"))
            #expect(page.status == 200)
            #expect(server.requests.map(\.path) == ["/robots.txt", "/a"])
        }
    }

    @Test func anUnavailableRobotsTxtDisallowsTheHostForTheRun() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/robots.txt": { _ in .status(503) }, "/a": { _ in .html(TestPages.bridge) },
        ]
        try await withServer(routes) { server, fetcher in
            for _ in 0..<2 {
                let error = await #expect(throws: FetchError.self) { try await fetcher.fetch(server.url("/a")) }
                #expect(error?.code == .robotsUnavailable)
                #expect(error?.isTransient == true)
            }
            // Tried like any request (3 tries), then not again in this run.
            #expect(server.requests.map(\.path) == ["/robots.txt", "/robots.txt", "/robots.txt"])
        }
    }
}

@Suite struct PolitenessTests {
    @Test func requestsToOneHostAreSpacedByTheDelay() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/1": { _ in .html(TestPages.bridge) }, "/2": { _ in .html(TestPages.bridge) },
            "/3": { _ in .html(TestPages.bridge) },
        ]
        try await withServer(routes, configuration: TestPages.configuration(delay: 0.2)) { server, fetcher in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for path in ["/1", "/2", "/3"] { group.addTask { _ = try await fetcher.fetch(server.url(path)) } }
                try await group.waitForAll()
            }
            // robots.txt, then the three pages, one at a time. Arrival times also hold connection
            // set-up, so the spacing is checked loosely.
            let arrivals = server.requests.map(\.arrival)
            #expect(arrivals.count == 4)
            for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
                #expect((later - earlier).seconds >= 0.1)
            }
            #expect((arrivals.last! - arrivals.first!).seconds >= 0.45)
        }
    }

    @Test func differentHostsAreFetchedInParallel() async throws {
        let slow: LocalHTTPServer.Route = { _ in
            .init(headers: [("Content-Type", "text/html")], body: [60], delay: .milliseconds(400))
        }
        let first = try await LocalHTTPServer(routes: ["/a": slow])
        let second = try await LocalHTTPServer(routes: ["/a": slow])
        let fetcher = Fetcher(configuration: TestPages.configuration(delay: 1))
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await fetcher.fetch(first.url("/a")) }
            group.addTask { _ = try await fetcher.fetch(second.url("/a")) }
            try await group.waitForAll()
        }
        // One after the other would take two robots delays (2 s) plus 0.8 s.
        #expect((ContinuousClock.now - started).seconds < 2.5)
        try await fetcher.shutdown()
        try await first.shutdown()
        try await second.shutdown()
    }

    @Test func stopEndsWaitsButNotTheRequestInFlight() async throws {
        let routes: [String: LocalHTTPServer.Route] = [
            "/1": { _ in .init(headers: [("Content-Type", "text/html")], body: [60], delay: .milliseconds(300)) },
            "/2": { _ in .html(TestPages.bridge) },
        ]
        var configuration = TestPages.configuration(delay: 5)
        configuration.obeysRobots = false
        try await withServer(routes, configuration: configuration) { server, fetcher in
            let first = Task { try await fetcher.fetch(server.url("/1")) }
            try await Task.sleep(for: .milliseconds(100))
            let second = Task { try await fetcher.fetch(server.url("/2")) }
            try await Task.sleep(for: .milliseconds(100))
            fetcher.stop()
            #expect(try await first.value.status == 200)
            let error = await #expect(throws: FetchError.self) { try await second.value }
            #expect(error?.code == .stopped)
            #expect(server.requests.map(\.path) == ["/1"])
        }
    }
}
