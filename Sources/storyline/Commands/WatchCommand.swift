import ArgumentParser
import Foundation
import StorylineExtract
import StorylineFetch
import StorylineStore

/// `storyline watch FEEDS.opml`: poll feeds in rounds, store and group their new articles.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll the feeds of an OPML file in rounds; fetch, store and group their new articles.",
        discussion: """
            Each round asks every feed conditionally (ETag, Last-Modified; a 304 costs nothing), takes \
            the entries not seen before (by id, else URL), uses an entry's content when it carries the \
            full article and otherwise fetches its page (politely, as fetch does), stores and groups \
            them, and saves the state after each feed. Then it sleeps until the next round. SIGINT or \
            SIGTERM ends it after the requests in flight, with the state saved. With --once it runs one \
            round (for cron) and exits 1 if anything failed.
            """)

    @Argument(help: ArgumentHelp("An OPML file listing the feeds (outline xmlUrl).", valueName: "feeds.opml"))
    var opml: String

    @Option(help: ArgumentHelp("Seconds from the start of one round to the start of the next.", valueName: "seconds"))
    var interval: Double = 900

    @Flag(help: "Run one round, then exit.")
    var once = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var fetching: FetchOptions
    @OptionGroup var stories: StoryOptions

    func validate() throws {
        guard interval > 0, interval.isFinite else { throw ValidationError("--interval must be more than 0 seconds") }
    }

    func run() async throws {
        let reading = FeedReading.storyline
        var feeds = try readFeeds(reading)
        let articleStore = try store.open()
        let stateFile = fetching.stateFile(store: store)
        var state = try stateFile.loadForCommand()
        let writer = ArticleBatchWriter(store: articleStore, stories: stories.configuration)
        let (roundFailures, archiveFailure) = try await fetching.withFetcher { fetcher in
            let signals = StopSignals(stopping: fetcher)
            defer { signals.cancel() }
            let round = WatchRound(
                poller: FeedPoller(fetcher: fetcher, reading: reading),
                reader: FetchedPageReader(extractor: ArticleExtractor()), writer: writer, stateFile: stateFile)
            var number = 0
            var failures = 0
            while true {
                number += 1
                let started = ContinuousClock.now
                if number > 1, let reread = try? readFeeds(reading) { feeds = reread }
                let summary = try await round.run(feeds: feeds, state: &state)
                failures = summary.failures
                StandardError.print(
                    Self.describe(summary, round: number, seconds: (ContinuousClock.now - started).seconds))
                if once || fetcher.isStopped { return failures }
                let next = started + .milliseconds(Int64(interval * 1000))
                guard await sleep(until: next, unlessStopped: fetcher) else { return failures }
            }
        }
        var failures = roundFailures
        if let archiveFailure {
            StandardError.print("error: \(archiveFailure)")
            failures += 1
        }
        if once && failures > 0 { throw ExitCode(1) }
    }

    /// The feed URLs of the OPML file, each once.
    private func readFeeds(_ reading: FeedReading) throws -> [String] {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: opml)))
        } catch {
            throw CommandFailure("\(opml): cannot read the file (\(error.localizedDescription))")
        }
        let urls: [String]
        do {
            urls = try reading.feedURLs(bytes)
        } catch {
            throw CommandFailure("\(opml): \(error)")
        }
        var seen = Set<String>()
        let feeds = urls.filter { seen.insert($0).inserted }
        guard !feeds.isEmpty else { throw CommandFailure("\(opml): no feeds (outline xmlUrl) in the file") }
        return feeds
    }

    /// Sleeps until `deadline`; false when a signal stopped the fetcher meanwhile.
    private func sleep(until deadline: ContinuousClock.Instant, unlessStopped fetcher: Fetcher) async -> Bool {
        while ContinuousClock.now < deadline {
            if fetcher.isStopped { return false }
            try? await Task.sleep(for: min(deadline - ContinuousClock.now, .milliseconds(100)))
        }
        return !fetcher.isStopped
    }

    private static func describe(_ summary: WatchRound.Summary, round: Int, seconds: Double) -> String {
        "watch: round \(round): \(summary.feeds) feeds (\(summary.unchanged) unchanged), \(summary.newEntries) new "
            + "entries → \(summary.stored.inserted) new articles, \(summary.stored.alreadyStored) already stored, "
            + "\(summary.failures) failed; \(summary.grouping.newStories) new stories, \(summary.grouping.merges) "
            + "merges; \(String(format: "%.1f", seconds)) s"
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
