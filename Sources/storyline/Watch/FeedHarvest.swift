import StorylineExtract
import StorylineFetch

/// What one round got out of one feed: drafts to store, and the bookkeeping for the fetch state.
struct FeedHarvest {
    var feedURL: String
    /// The feed answered 304.
    var unchanged = false
    /// Why the feed itself could not be read.
    var feedFailure: String?
    var newEntries = 0
    var drafts: [PendingDraft] = []
    /// Entries done with: stored, or failed for good (404, robots, not HTML); not asked for again.
    var handledKeys: [String] = []
    /// One line per failed entry.
    var failures: [String] = []
    /// The feed's validators, set only when every new entry was handled: after a passing failure the
    /// feed must be read in full again next round, or a 304 would hide the entries still to do.
    var validators: HTTPValidators?
}
