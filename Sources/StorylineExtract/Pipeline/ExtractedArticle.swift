import StorylineCore

/// An article with the input it was read from.
public struct ExtractedArticle: Sendable, Hashable {
    public var article: Article
    /// The input's name as the user gave it (file path, or `-`).
    public var file: String
    /// The line number for articles read from JSON Lines.
    public var line: Int?
    /// Extra input fields, e.g. a gold `story` label.
    public var extra: [String: String]

    public init(article: Article, file: String, line: Int? = nil, extra: [String: String] = [:]) {
        self.article = article
        self.file = file
        self.line = line
        self.extra = extra
    }
}
