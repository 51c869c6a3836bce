/// What grouping needs of a stored article.
public struct GroupingArticle: Sendable, Hashable {
    public var id: String
    public var title: String?
    public var text: String
    /// Seconds since the epoch; nil when undated.
    public var time: Int?

    public init(id: String, title: String?, text: String, time: Int?) {
        self.id = id
        self.title = title
        self.text = text
        self.time = time
    }
}
