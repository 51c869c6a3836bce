import StorylineGrouping

/// Everything one grouping step writes, applied in one transaction by ``ArticleStore/apply(_:)``.
public struct GroupingUpdate: Sendable {
    public var signatures: [(article: String, signature: MinHashSignature)] = []
    /// How many of the new articles contain each term.
    public var termCounts: [UInt32: Int] = [:]
    /// How many articles the term counts cover.
    public var documents = 0
    public var placements: [StoryAssignment] = []
    public var merges: [StoryMerge] = []
    public var duplicateLinks: [DuplicateLink] = []

    public init() {}
}
