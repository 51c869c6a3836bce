/// What grouping did during one ingest.
public struct GroupingSummary: Sendable, Hashable {
    public var articles = 0
    public var newStories = 0
    public var merges = 0
    public var duplicateLinks = 0

    public init() {}

    public static func += (lhs: inout GroupingSummary, rhs: GroupingSummary) {
        lhs.articles += rhs.articles
        lhs.newStories += rhs.newStories
        lhs.merges += rhs.merges
        lhs.duplicateLinks += rhs.duplicateLinks
    }
}
