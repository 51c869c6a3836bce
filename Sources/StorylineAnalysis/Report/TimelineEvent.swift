/// A dated event the story mentions (when it happened, not when an article appeared).
public struct TimelineEvent: Sendable, Hashable, Codable {
    /// ISO 8601, as precise as the sources give it.
    public var date: String
    /// The sentence that states it (from the first source).
    public var text: String
    public var articles: [String]
    public var passages: [Passage]
    /// Other sources date the same event differently (see the story's discrepancies).
    public var conflicting: Bool

    public init(date: String, text: String, articles: [String], passages: [Passage], conflicting: Bool) {
        self.date = date
        self.text = text
        self.articles = articles
        self.passages = passages
        self.conflicting = conflicting
    }
}
