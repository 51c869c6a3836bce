/// How a ``Fetcher`` behaves: identity, time limits, retries, size cap and politeness.
///
/// The defaults are polite for crawling news sites: one request at a time per host with a second's pause
/// between them, at most 8 requests in flight overall, 10 s to connect and 30 s for a whole response,
/// 2 retries.
public struct FetcherConfiguration: Sendable, Hashable {
    /// The `User-Agent` header. By default `Storyline/1.0`, with `(+contact)` when ``contact`` is set.
    public var userAgent: String?
    /// A URL (or mail address) where site owners can learn about the crawler or reach its operator.
    public var contact: String?
    /// Seconds from the end of one request to a host to the start of the next (raised by a robots.txt
    /// `Crawl-delay`).
    public var hostDelay: Double = 1
    /// Requests in flight at once across all hosts.
    public var maximumConcurrentRequests = 8
    /// Seconds to establish a connection.
    public var connectTimeout: Double = 10
    /// Seconds for one whole attempt: connection, headers and body.
    public var timeout: Double = 30
    /// Retries after the first try, for connection failures, time-outs, 429 and 5xx.
    public var retries = 2
    /// Seconds before the first retry; doubled for each further one, with jitter.
    public var retryBaseDelay: Double = 1
    /// The longest wait between two tries that backoff alone produces.
    public var retryMaximumDelay: Double = 30
    /// The longest `Retry-After` honoured; a server asking for more gets its error reported instead.
    public var maximumRetryAfter: Double = 120
    /// Bytes of body accepted; a longer body is cut off and reported as too large.
    public var maximumBodySize = 10 * 1024 * 1024
    /// Redirects followed for one URL.
    public var maximumRedirects = 5
    /// Whether robots.txt is fetched and obeyed.
    public var obeysRobots = true
    /// The longest robots.txt `Crawl-delay` honoured (seconds).
    public var maximumCrawlDelay: Double = 60

    public init() {}

    /// The `User-Agent` header sent with every request.
    public var userAgentHeader: String {
        if let userAgent, !userAgent.isEmpty { return userAgent }
        guard let contact, !contact.isEmpty else { return "Storyline/1.0" }
        return "Storyline/1.0 (+\(contact))"
    }

    /// The product token matched against robots.txt `User-agent` lines: the user agent's first word
    /// before any `/` (`Storyline`).
    public var robotsToken: String {
        let first = userAgentHeader.split(separator: " ").first.map(String.init) ?? "Storyline"
        return String(first.split(separator: "/").first ?? "Storyline")
    }

    /// What is out of range, one message per problem; empty when the configuration is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        if !(hostDelay >= 0 && hostDelay.isFinite) { problems.append("the host delay must be 0 or more seconds") }
        if !(timeout > 0 && timeout.isFinite) { problems.append("the timeout must be more than 0 seconds") }
        if !(connectTimeout > 0 && connectTimeout.isFinite) {
            problems.append("the connect timeout must be more than 0 seconds")
        }
        if retries < 0 { problems.append("retries must be 0 or more") }
        if !(retryBaseDelay >= 0 && retryMaximumDelay >= 0) { problems.append("retry delays must be 0 or more") }
        if maximumBodySize < 1 { problems.append("the size cap must be at least 1 byte") }
        if maximumConcurrentRequests < 1 { problems.append("at least 1 request must be allowed in flight") }
        if maximumRedirects < 0 { problems.append("the redirect limit must be 0 or more") }
        return problems
    }
}
