/// What one ``ArticleStore/insert(_:)`` call did.
public struct InsertSummary: Sendable, Hashable {
    /// Articles written for the first time.
    public var inserted: Int
    /// Articles whose id was already stored, left as they were.
    public var alreadyStored: Int

    /// Articles whose given id was already taken by a different article: stored under a new id.
    public var renamed: [Renamed]

    /// An article stored under another id than the one it came with.
    public struct Renamed: Sendable, Hashable {
        public var givenID: String
        public var storedID: String
    }

    public init(inserted: Int = 0, alreadyStored: Int = 0, renamed: [Renamed] = []) {
        self.inserted = inserted
        self.alreadyStored = alreadyStored
        self.renamed = renamed
    }

    public static func += (lhs: inout InsertSummary, rhs: InsertSummary) {
        lhs.inserted += rhs.inserted
        lhs.alreadyStored += rhs.alreadyStored
        lhs.renamed += rhs.renamed
    }
}
