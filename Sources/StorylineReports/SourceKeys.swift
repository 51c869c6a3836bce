import StorylineAnalysis

/// Short keys `[1]`, `[2]` … for a story's sources in publication order, as reports print them.
public struct SourceKeys: Sendable {
    private var numbers: [String: Int] = [:]
    private var titles: [String: String] = [:]

    public init(story: StoryReport) {
        for (index, article) in story.articles.enumerated() {
            numbers[article.id] = index + 1
            titles[article.id] = article.outlet ?? article.title ?? article.id
        }
    }

    /// The key of an article id, e.g. `[2]`.
    public subscript(article: String) -> String {
        numbers[article].map { "[\($0)]" } ?? "[\(article)]"
    }

    /// The number of an article (1-based), or nil for an unknown id.
    public func number(of article: String) -> Int? { numbers[article] }

    /// The outlet or title of an article, for a heading.
    public func title(_ article: String) -> String { titles[article] ?? article }

    /// Keys of several articles, in order and without repeats: `[1][3]`.
    public func list(_ articles: [String]) -> String {
        var seen = Set<String>()
        return articles.filter { seen.insert($0).inserted }
            .sorted { (numbers[$0] ?? .max) < (numbers[$1] ?? .max) }
            .map { self[$0] }.joined()
    }
}
