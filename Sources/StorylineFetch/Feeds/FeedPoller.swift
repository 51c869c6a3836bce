/// Polls feeds: a conditional GET per feed, then the entries not seen before.
///
/// The poller reads the ``FetchState`` but does not change it: the caller marks entries seen and
/// stores the feed's new validators once it has handled them, so that a run stopped in between
/// sees the same entries again.
///
/// ```swift
/// let poll = await FeedPoller(fetcher: fetcher, reading: reading).poll(feedURL, state: state)
/// if case .updated(let update) = poll.outcome { handle(update.newEntries) }
/// ```
public struct FeedPoller: Sendable {
    public let fetcher: Fetcher
    public let reading: FeedReading

    public init(fetcher: Fetcher, reading: FeedReading) {
        self.fetcher = fetcher
        self.reading = reading
    }

    /// The result of polling one feed.
    public struct Poll: Sendable {
        public var feedURL: String
        public var outcome: Outcome
    }

    /// What a poll found.
    public enum Outcome: Sendable {
        /// 304 Not Modified: nothing to do.
        case unchanged
        /// The feed was read; some entries (maybe none) are new.
        case updated(Update)
        /// The feed could not be fetched or parsed.
        case failed(String)
    }

    /// A feed read anew.
    public struct Update: Sendable {
        /// Entries not seen before, in feed order, each once.
        public var newEntries: [FeedEntry]
        /// The feed's validators, to store once the new entries are handled.
        public var validators: HTTPValidators
        /// The feed's URL after redirects, which resolves relative entry links.
        public var finalURL: String
    }

    /// Polls `feedURL` with the validators and seen entries recorded in `state`.
    public func poll(_ feedURL: String, state: FetchState) async -> Poll {
        let page: FetchedResource
        do {
            page = try await fetcher.fetch(feedURL, validators: state.validators[feedURL])
        } catch {
            return Poll(feedURL: feedURL, outcome: .failed(error.message))
        }
        if page.isNotModified { return Poll(feedURL: feedURL, outcome: .unchanged) }
        let entries: [FeedEntry]
        do {
            entries = try reading.entries(page.body, page.url)
        } catch {
            return Poll(feedURL: feedURL, outcome: .failed("cannot read the feed: \(error)"))
        }
        var seen = state.seenKeys(of: feedURL)
        let fresh = entries.filter { entry in entry.key.map { seen.insert($0).inserted } ?? false }
        return Poll(
            feedURL: feedURL,
            outcome: .updated(Update(newEntries: fresh, validators: page.validators, finalURL: page.url)))
    }
}
