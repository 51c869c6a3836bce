/// A problem fetching one URL, reading or writing the fetch state, or keeping the WARC file.
///
/// Printed as one line, `URL: message` (`https://example.com/a: HTTP 404`,
/// `https://example.com/b: timed out after 3 tries`).
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem; a struct so that new codes never break callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidURL, httpStatus, blockedByRobots, robotsUnavailable, tooLarge, timedOut, cannotConnect
            case redirectLoop, tooManyRedirects, notHTML, stopped, stateUnreadable, stateNotWritable
            case archiveFailed
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }
        public var description: String { base.rawValue }

        /// Not an absolute `http` or `https` URL.
        public static let invalidURL = Code(.invalidURL)
        /// The server answered with an error status (4xx, or 429/5xx after every retry).
        public static let httpStatus = Code(.httpStatus)
        /// The host's robots.txt does not allow the path.
        public static let blockedByRobots = Code(.blockedByRobots)
        /// The host's robots.txt could not be read (5xx, 429, unreachable), so nothing on the host is
        /// fetched in this run (RFC 9309 §2.3.1.4).
        public static let robotsUnavailable = Code(.robotsUnavailable)
        /// The body is longer than the size cap.
        public static let tooLarge = Code(.tooLarge)
        /// No complete answer within the time limit, after every retry.
        public static let timedOut = Code(.timedOut)
        /// No connection could be made (refused, reset, DNS), after every retry.
        public static let cannotConnect = Code(.cannotConnect)
        /// A redirect leads back to a URL already visited.
        public static let redirectLoop = Code(.redirectLoop)
        /// More redirects than the limit.
        public static let tooManyRedirects = Code(.tooManyRedirects)
        /// The response is not an HTML page.
        public static let notHTML = Code(.notHTML)
        /// The fetcher was stopped (SIGINT/SIGTERM) before the request was sent.
        public static let stopped = Code(.stopped)
        /// The state file exists but cannot be read or decoded.
        public static let stateUnreadable = Code(.stateUnreadable)
        /// The state file cannot be written.
        public static let stateNotWritable = Code(.stateNotWritable)
        /// The WARC file cannot be opened or written.
        public static let archiveFailed = Code(.archiveFailed)
    }

    public var code: Code
    public var message: String
    /// The URL (or file, for state and WARC problems) the error is about.
    public var url: String?
    /// The HTTP status, for `.httpStatus`.
    public var status: Int?

    public init(_ code: Code, _ message: String, url: String? = nil, status: Int? = nil) {
        self.code = code
        self.message = message
        self.url = url
        self.status = status
    }

    /// Whether a later run may succeed where this one failed (time-outs, connection failures, 429 and
    /// 5xx statuses, a stop); permanent failures (404, robots, too large, not HTML) will not change.
    public var isTransient: Bool {
        switch code {
        case .timedOut, .cannotConnect, .stopped, .robotsUnavailable: true
        case .httpStatus: status.map { $0 == 429 || $0 >= 500 } ?? false
        default: false
        }
    }

    /// `URL: message` — the one line the CLI prints.
    public var description: String {
        guard let url else { return message }
        return "\(url): \(message)"
    }
}
