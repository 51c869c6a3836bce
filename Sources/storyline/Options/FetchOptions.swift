import ArgumentParser
import StorylineFetch

/// How `fetch` and `watch` fetch: politeness, time limits, retries, size cap, identity, WARC and state.
struct FetchOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Seconds from the end of one request to a host to the start of the next (raised by robots.txt Crawl-delay).",
            valueName: "seconds"))
    var delay: Double = FetcherConfiguration().hostDelay

    @Option(help: ArgumentHelp("Seconds for one try: connection, headers and body.", valueName: "seconds"))
    var timeout: Double = FetcherConfiguration().timeout

    @Option(help: ArgumentHelp("Seconds to establish a connection.", valueName: "seconds"))
    var connectTimeout: Double = FetcherConfiguration().connectTimeout

    @Option(
        help: ArgumentHelp(
            "Retries after the first try, for connection failures, time-outs, 429 and 5xx.", valueName: "n"))
    var retries: Int = FetcherConfiguration().retries

    @Option(
        help: ArgumentHelp(
            "Seconds before the first retry; doubled for each further one, with jitter.", valueName: "seconds"))
    var retryDelay: Double = FetcherConfiguration().retryBaseDelay

    @Option(help: ArgumentHelp("The largest body accepted, in bytes.", valueName: "bytes"))
    var maxSize: Int = FetcherConfiguration().maximumBodySize

    @Option(help: ArgumentHelp("Requests in flight at once across all hosts.", valueName: "n"))
    var concurrency: Int = FetcherConfiguration().maximumConcurrentRequests

    @Option(
        help: ArgumentHelp(
            "The User-Agent header (default: Storyline/1.0, with (+contact) when --contact is given).",
            valueName: "string"))
    var userAgent: String?

    @Option(help: ArgumentHelp("A URL where site owners can reach you, added to the User-Agent.", valueName: "url"))
    var contact: String?

    @Option(
        help: ArgumentHelp(
            "Keep every raw request and response in this WARC file (.warc.gz or .warc).", valueName: "file"))
    var warc: String?

    @Option(
        help: ArgumentHelp(
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

    /// Runs `body` with a fetcher on these options (shut down afterwards) and, with `--warc`, the WARC
    /// file open; then closes the file. Returns `body`'s result and the WARC file's write failure.
    func withFetcher<Result>(
        _ body: (Fetcher) async throws -> Result
    ) async throws -> (result: Result, archiveFailure: FetchError?) {
        let configuration = self.configuration
        var archive: WARCWriter?
        if let warc {
            do {
                archive = try WARCWriter(path: warc, userAgent: configuration.userAgentHeader)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        defer { archive?.close() }
        let result = try await Fetcher.withFetcher(configuration: configuration, archive: archive, body)
        archive?.close()
        return (result, archive?.failure)
    }
}
