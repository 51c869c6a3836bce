import ArgumentParser
import StorylineFetch

/// How `fetch` and `watch` fetch: politeness, time limits, retries, size cap, identity, WARC and state.
struct FetchOptions: ParsableArguments {
    @Option(help: "Seconds between two requests to one host (raised by robots.txt Crawl-delay).")
    var delay: Double = FetcherConfiguration().hostDelay

    @Option(help: "Seconds for one try: connection, headers and body.")
    var timeout: Double = FetcherConfiguration().timeout

    @Option(help: "Seconds to establish a connection.")
    var connectTimeout: Double = FetcherConfiguration().connectTimeout

    @Option(help: "Retries after the first try, for connection failures, time-outs, 429 and 5xx.")
    var retries: Int = FetcherConfiguration().retries

    @Option(help: "Seconds before the first retry; doubled for each further one, with jitter.")
    var retryDelay: Double = FetcherConfiguration().retryBaseDelay

    @Option(help: ArgumentHelp("The largest body accepted, in bytes.", valueName: "bytes"))
    var maxSize: Int = FetcherConfiguration().maximumBodySize

    @Option(help: "Requests in flight at once across all hosts.")
    var concurrency: Int = FetcherConfiguration().maximumConcurrentRequests

    @Option(help: "The User-Agent header (default: Storyline/1.0, with (+contact) when --contact is given).")
    var userAgent: String?

    @Option(help: ArgumentHelp("A URL where site owners can reach you, added to the User-Agent.", valueName: "url"))
    var contact: String?

    @Option(help: ArgumentHelp("Keep every raw request and response in this WARC file (.warc.gz or .warc).", valueName: "file"))
    var warc: String?

    @Option(help: ArgumentHelp(
        "The fetch state file: validators per URL, entries seen per feed (default: <store>.fetch-state.json).",
        valueName: "file"))
    var state: String?

    var configuration: FetcherConfiguration {
        var configuration = FetcherConfiguration()
        configuration.hostDelay = delay
        configuration.timeout = timeout
        configuration.connectTimeout = min(connectTimeout, timeout)
        configuration.retries = retries
        configuration.retryBaseDelay = retryDelay
        configuration.retryMaximumDelay = max(configuration.retryMaximumDelay, retryDelay)
        configuration.maximumBodySize = maxSize
        configuration.maximumConcurrentRequests = concurrency
        configuration.userAgent = userAgent
        configuration.contact = contact
        return configuration
    }

    func validate() throws {
        if let problem = configuration.problems().first { throw ValidationError(problem) }
    }

    /// The state file in force: `--state`, else beside the store.
    func stateFile(store: StoreOptions) -> FetchStateFile {
        state.map(FetchStateFile.init(path:)) ?? .beside(store: store.resolvedPath)
    }

    /// A fetcher with these options, and the WARC file it keeps, if any.
    func makeFetcher() throws -> Fetcher {
        let configuration = self.configuration
        var archive: WARCWriter?
        if let warc {
            do {
                archive = try WARCWriter(path: warc, userAgent: configuration.userAgentHeader)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        return Fetcher(configuration: configuration, archive: archive)
    }
}
