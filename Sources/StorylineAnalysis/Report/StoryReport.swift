import StorylineGrouping

/// Everything Storyline says about one story: its sources compared statement by statement.
public struct StoryReport: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// Sources in publication order (undated last).
    public var articles: [ReportArticle]
    /// Copy chains among the sources.
    public var duplicates: [DuplicateGroup]
    /// Statements carried by two or more sources.
    public var common: [CommonStatement]
    /// Sentences only one source carries.
    public var unique: [UniqueStatement]
    /// Per source, the core statements it leaves out.
    public var omissions: [Omission]
    public var quotes: [ReportQuote]
    public var discrepancies: [Discrepancy]
    public var entities: [ReportEntity]
    public var timeline: [TimelineEvent]
    public var summary: [SummarySentence]

    public init(
        id: String, title: String, articles: [ReportArticle], duplicates: [DuplicateGroup] = [],
        common: [CommonStatement] = [], unique: [UniqueStatement] = [], omissions: [Omission] = [],
        quotes: [ReportQuote] = [], discrepancies: [Discrepancy] = [], entities: [ReportEntity] = [],
        timeline: [TimelineEvent] = [], summary: [SummarySentence] = []
    ) {
        self.id = id
        self.title = title
        self.articles = articles
        self.duplicates = duplicates
        self.common = common
        self.unique = unique
        self.omissions = omissions
        self.quotes = quotes
        self.discrepancies = discrepancies
        self.entities = entities
        self.timeline = timeline
        self.summary = summary
    }
}
