import StorylineFetch

extension FeedReading {
    /// The feed and OPML parsers `storyline watch` uses.
    ///
    /// MERGE HOOK: this is the one place to connect the real parsers from `StorylineExtract/Feeds`
    /// (branch `feeds`): replace the two closures with calls into them, mapping each parsed item to a
    /// ``FeedEntry`` (url, id, title, published, full-content HTML or nil), then delete
    /// `StandInFeedParser.swift`. Nothing else in `watch` knows the formats.
    static let storyline = FeedReading(
        entries: { bytes, feedURL in try StandInFeedParser.entries(in: bytes, feedURL: feedURL) },
        feedURLs: { bytes in try StandInFeedParser.feedURLs(inOPML: bytes) })
}
