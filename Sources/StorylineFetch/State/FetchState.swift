/// What fetching remembers between runs: validators per URL and the entries seen per feed.
///
/// Kept in a small JSON file next to the store (``FetchStateFile``).
public struct FetchState: Sendable, Hashable, Codable {
    /// The format of the file; a later format can migrate from this one.
    public var version = 1
    /// `ETag`/`Last-Modified` per URL (as requested), for conditional GETs.
    public var validators: [String: HTTPValidators] = [:]
    /// Per feed URL, the keys (entry id, else URL) of the entries already handled, oldest first.
    public var seenEntries: [String: [String]] = [:]

    /// Entries remembered per feed; a feed shows far fewer at a time, so older keys can go.
    public static let seenEntriesPerFeed = 5000

    public init() {}

    /// The keys already handled for `feed`.
    public func seenKeys(of feed: String) -> Set<String> { Set(seenEntries[feed] ?? []) }

    /// Remembers `keys` as handled for `feed`, keeping the newest ``seenEntriesPerFeed``.
    public mutating func markSeen(_ keys: [String], in feed: String) {
        var list = seenEntries[feed] ?? []
        let known = Set(list)
        var added = Set<String>()
        for key in keys where !known.contains(key) && added.insert(key).inserted { list.append(key) }
        if list.count > Self.seenEntriesPerFeed { list.removeFirst(list.count - Self.seenEntriesPerFeed) }
        seenEntries[feed] = list
    }
}
