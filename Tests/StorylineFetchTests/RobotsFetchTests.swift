import StorylineFetchTestSupport
import Testing

@testable import StorylineFetch

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
            // Crawl-delay 0.3 raised the host delay (0 in this configuration). The delay runs from the end
            // of a request, so the server sees at least that much between two arrivals.
            let arrivals = server.requests.map(\.arrival)
            for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
                #expect((later - earlier).seconds >= 0.29)
            }
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
            // robots.txt, then the three pages, one at a time, each at least the delay after the last ended.
            let arrivals = server.requests.map(\.arrival)
            #expect(arrivals.count == 4)
            for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
                #expect((later - earlier).seconds >= 0.19)
            }
        }
    }

    @Test func aHostIsSpacedWhileOtherHostsGoAhead() async {
        // The schedule itself, without a network: no wall-clock bounds that a loaded machine could break.
        let schedule = HostSchedule(spacing: .seconds(10))
        let first = await schedule.enter("a:80")
        let other = await schedule.enter("b:80")  // "a" is held, "b" does not wait for it
        #expect(other - first < .seconds(1))
        await schedule.leave("a:80")
        let second = await schedule.enter("a:80")
        #expect(second - first >= .seconds(10))
        await schedule.postpone("b:80", until: other + .seconds(30))
        await schedule.leave("b:80")
        #expect(await schedule.enter("b:80") - other >= .seconds(30))
        await schedule.raiseSpacing(of: "c:80", to: .seconds(20))
        let third = await schedule.enter("c:80")
        await schedule.leave("c:80")
        #expect(await schedule.enter("c:80") - third >= .seconds(20))
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
