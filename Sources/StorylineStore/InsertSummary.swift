/// What one ``ArticleStore/insert(_:)`` call did.
public struct InsertSummary: Sendable, Hashable {
    /// Articles written for the first time.
    public var inserted: Int
    /// Articles whose id was already stored, left as they were.
    public var alreadyStored: Int

    public init(inserted: Int = 0, alreadyStored: Int = 0) {
        self.inserted = inserted
        self.alreadyStored = alreadyStored
    }

    public static func += (lhs: inout InsertSummary, rhs: InsertSummary) {
        lhs.inserted += rhs.inserted
        lhs.alreadyStored += rhs.alreadyStored
    }
}
