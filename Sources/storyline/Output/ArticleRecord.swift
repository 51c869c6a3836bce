import StorylineCore
import StorylineStore

/// The JSON shape of an article in command output: the article fields, plus the input `file` (and
/// `line`) for `extract`, plus extra input fields such as a gold `story`.
struct ArticleRecord: Encodable {
    struct Removed: Encodable {
        var text: String
        var reason: String
        var start: Int
        var end: Int
    }

    var file: String?
    var line: Int?
    var id: String
    var source: String
    var url: String?
    var title: String?
    var outlet: String?
    var author: String?
    var published: String?
    var publishedPrecision: String?
    var language: String?
    var text: String
    var removed: [Removed]
    var original: String?
    var extra: [String: String]?

    init(_ article: Article, file: String? = nil, line: Int? = nil, extra: [String: String] = [:]) {
        self.file = file
        self.line = line
        id = article.id
        source = article.source
        url = article.url
        title = article.title
        outlet = article.outlet
        author = article.author
        published = article.published?.iso8601
        publishedPrecision = article.published?.precision.rawValue
        language = article.language
        text = article.text
        removed = article.removed.map { Removed(text: $0.text, reason: $0.reason.rawValue, start: $0.start, end: $0.end) }
        original = article.original
        self.extra = extra.isEmpty ? nil : extra
    }

    enum CodingKeys: String, CodingKey {
        case file, line, id, source, url, title, outlet, author, published, language, text, removed, original, extra
        case publishedPrecision = "published_precision"
    }
}
