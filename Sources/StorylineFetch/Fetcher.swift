import AsyncHTTPClient
import Foundation

/// A polite HTTP fetcher over one shared `HTTPClient` (AsyncHTTPClient).
///
/// For each URL it checks the origin's robots.txt (fetched once per run), waits its turn for the host
/// (one request at a time, each ``FetcherConfiguration/hostDelay`` after the previous one ended, raised
/// by `Crawl-delay`;
/// different hosts in parallel up to ``FetcherConfiguration/maximumConcurrentRequests``), sends the
/// request with a `User-Agent` naming Storyline and, when given, the validators for a conditional GET,
/// and streams the body up to the size cap. Connection failures, time-outs, 429 and 5xx are retried
/// with exponential backoff and jitter (a `Retry-After` is honoured and postpones the whole host);
/// redirects are followed up to the limit, each hop checked against robots.txt and spaced like any
/// request. With a ``WARCWriter``, every request and response (robots.txt, redirects and errors too)
/// is kept as received.
///
/// ```swift
/// let fetcher = Fetcher(configuration: FetcherConfiguration())
/// let page = try await fetcher.fetch("https://example.com/news/1", validators: saved)
/// if !page.isNotModified { read(page.body, charset: page.contentType?.charset, url: page.url) }
/// try await fetcher.shutdown()
/// ```
///
/// Call ``shutdown()`` once done (or use ``withFetcher(configuration:archive:_:)``); ``stop()`` ends
/// pending waits (SIGINT) and lets requests in flight finish.
public final class Fetcher: Sendable {
    public let configuration: FetcherConfiguration
    /// Where raw requests and responses are kept, if anywhere.
    public let archive: WARCWriter?
    let client: HTTPClient
    let schedule: HostSchedule
    let slots: ConcurrencyLimit
    let robots = RobotsCache()
    let stopFlag = StopFlag()
    let retryPolicy: RetryPolicy

    /// A fetcher with its own connection pool on the shared event loops.
    /// - Precondition: `configuration.problems()` is empty.
    public init(configuration: FetcherConfiguration = FetcherConfiguration(), archive: WARCWriter? = nil) {
        precondition(configuration.problems().isEmpty, "invalid fetcher configuration")
        self.configuration = configuration
        self.archive = archive
        var http = HTTPClient.Configuration(
            // Redirects are followed here, one hop at a time, so each is checked, spaced and archived.
            redirectConfiguration: .disallow,
            timeout: .init(
                connect: .milliseconds(Int64(configuration.connectTimeout * 1000)),
                read: .milliseconds(Int64(configuration.timeout * 1000))),
            decompression: .disabled)
        // Retries are ours (with backoff and per-host postponement), not the pool's.
        http.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: http)
        schedule = HostSchedule(spacing: .milliseconds(Int64(configuration.hostDelay * 1000)))
        slots = ConcurrencyLimit(configuration.maximumConcurrentRequests)
        retryPolicy = RetryPolicy(configuration)
    }

    /// Fetches `url`, following redirects; `validators` make it a conditional GET.
    ///
    /// - Returns: the final response: 2xx, or 304 (``FetchedResource/isNotModified``) when the
    ///   validators still hold. Its ``FetchedResource/url`` is the URL after redirects.
    /// - Throws: ``FetchError``: `.invalidURL`, `.blockedByRobots`, `.robotsUnavailable`,
    ///   `.httpStatus` (4xx; 429 and 5xx after the retries), `.timedOut`, `.cannotConnect`,
    ///   `.tooLarge`, `.redirectLoop`, `.tooManyRedirects`, `.stopped`.
    public func fetch(_ url: String, validators: HTTPValidators? = nil) async throws(FetchError) -> FetchedResource {
        guard var target = FetchTarget(url) else {
            throw FetchError(.invalidURL, "not an absolute http(s) URL", url: url)
        }
        var chain = [target.string]
        while true {
            try await checkRobots(for: target, requested: url)
            let (exchange, attempts) = try await fetchWithRetries(target, validators: validators, requested: url)
            guard (300..<400).contains(exchange.status), exchange.status != 304,
                let location = exchange.header("location")
            else {
                return FetchedResource(
                    requestedURL: url, url: target.string, redirectChain: chain, status: exchange.status,
                    headers: exchange.headerDictionary, body: exchange.body, attempts: attempts)
            }
            guard let next = FetchTarget(location, relativeTo: target.url) else {
                throw FetchError(.invalidURL, "redirect to an invalid URL '\(location)'", url: url)
            }
            if chain.contains(next.string) {
                throw FetchError(.redirectLoop, "redirect loop (\(chain.count) hops, back to \(next.string))", url: url)
            }
            guard chain.count <= configuration.maximumRedirects else {
                throw FetchError(.tooManyRedirects, "more than \(configuration.maximumRedirects) redirects", url: url)
            }
            chain.append(next.string)
            target = next
        }
    }

    /// Ends pending waits (politeness delays, backoff, queued requests) with `.stopped` and lets the
    /// requests in flight finish. For SIGINT/SIGTERM: state can then be saved cleanly.
    public func stop() { stopFlag.stop() }

    /// Whether ``stop()`` was called.
    public var isStopped: Bool { stopFlag.isStopped }

    /// Closes the connections. Call once, after the last fetch.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Runs `body` with a new fetcher and shuts it down afterwards, also when `body` throws.
    public static func withFetcher<Result>(
        configuration: FetcherConfiguration = FetcherConfiguration(), archive: WARCWriter? = nil,
        _ body: (Fetcher) async throws -> Result
    ) async throws -> Result {
        let fetcher = Fetcher(configuration: configuration, archive: archive)
        let result: Result
        do {
            result = try await body(fetcher)
        } catch {
            try? await fetcher.shutdown()
            throw error
        }
        try await fetcher.shutdown()
        return result
    }
}
