import StorylineCore

/// One source of a story as the report shows it, with what cleaning removed.
public struct ReportArticle: Sendable, Hashable, Codable {
    /// A passage cleaning cut out of the article, with its reason (`donation-appeal`, `related-links` …).
    public struct Removed: Sendable, Hashable, Codable {
        public var text: String
        public var reason: String
        /// Offsets in Unicode scalars into the article's original (uncleaned) body.
        public var start: Int
        public var end: Int

        public init(text: String, reason: String, start: Int, end: Int) {
            self.text = text
            self.reason = reason
            self.start = start
            self.end = end
        }
    }

    public var id: String
    public var source: String
    public var title: String?
    public var outlet: String?
    /// ISO 8601 at the precision the source gave.
    public var published: String?
    public var language: String?
    public var text: String
    public var removed: [Removed]

    public init(article: Article) {
        id = article.id
        source = article.source
        title = article.title
        outlet = article.outlet
        published = article.published?.iso8601
        language = article.language
        text = article.text
        removed = article.removed.map {
            Removed(text: $0.text, reason: $0.reason.rawValue, start: $0.start, end: $0.end)
        }
    }
}
