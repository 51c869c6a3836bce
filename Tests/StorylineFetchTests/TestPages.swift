import StorylineFetch
import StorylineFetchTestSupport

/// Tiny hand-written fixtures and settings shared by the fetch tests.
enum TestPages {
    /// A small news page with enough text for the extractor.
    static func article(title: String, paragraphs: [String]) -> String {
        """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>\(title)</title></head>
        <body><article><h1>\(title)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
    }

    static let bridge = article(
        title: "Council approves new bridge",
        paragraphs: [
            "The city council voted on Thursday to build a new pedestrian bridge across the river.",
            "The bridge will cost 12 million euros and should open in 2027, the committee said.",
        ])

    /// Windows-1251 bytes for text made of ASCII and the Cyrillic letters А–я.
    static func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0..<0x80: UInt8(scalar.value)
            case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
            default: UInt8(ascii: "?")
            }
        }
    }

    /// Settings that keep tests fast: no host delay, tiny backoff. Time limits stay generous (a loaded
    /// machine can hold a test's tasks back for seconds); only time-out tests shorten them.
    static func configuration(
        delay: Double = 0, timeout: Double = 30, retries: Int = 2, maximumBodySize: Int = 1 << 20
    ) -> FetcherConfiguration {
        var configuration = FetcherConfiguration()
        configuration.hostDelay = delay
        configuration.timeout = timeout
        configuration.connectTimeout = min(timeout, 5)
        configuration.retries = retries
        configuration.retryBaseDelay = 0.01
        configuration.retryMaximumDelay = 0.05
        configuration.maximumBodySize = maximumBodySize
        return configuration
    }
}

/// Runs `body` with a fresh server and fetcher, then shuts both down.
@discardableResult
func withServer<T>(
    _ routes: [String: LocalHTTPServer.Route], configuration: FetcherConfiguration = TestPages.configuration(),
    archive: WARCWriter? = nil, _ body: (LocalHTTPServer, Fetcher) async throws -> T
) async throws -> T {
    let server = try await LocalHTTPServer(routes: routes)
    let fetcher = Fetcher(configuration: configuration, archive: archive)
    do {
        let result = try await body(server, fetcher)
        try await fetcher.shutdown()
        try await server.shutdown()
        return result
    } catch {
        try? await fetcher.shutdown()
        try? await server.shutdown()
        throw error
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
