/// What schema.org microdata (`itemscope` / `itemtype` / `itemprop`) says about the article.
///
/// Properties inside an `Article`-like scope (`NewsArticle`, `BlogPosting`, `Report` …) are preferred;
/// properties with no scope at all are kept as a second choice, and those of other scopes (a comment's
/// author, a product's date) are ignored. An author is a `Person` scope's `name`, or the text of an
/// `itemprop=author` element.
struct MicrodataArticle {
    /// One value and whether it came from an article scope.
    struct Value {
        var text: String
        var inArticle: Bool
    }

    var headline: Value?
    var published: Value?
    var modified: Value?
    var authors: [Value] = []
    var publisher: String?

    /// The scope an element opens, read from its `itemtype` and `itemprop`.
    enum Scope {
        case article, author, publisher, other
    }

    static func scope(of attributes: MetadataAttributes) -> Scope {
        if let itemprop = attributes.itemprop {
            if CBytes.hasToken(itemprop, "author") || CBytes.hasToken(itemprop, "creator") { return .author }
            if CBytes.hasToken(itemprop, "publisher") { return .publisher }
        }
        guard let type = attributes.itemtype else { return .other }
        let isArticle =
            CBytes.contains(type, "article") || CBytes.contains(type, "posting") || CBytes.contains(type, "report")
        return isArticle ? .article : .other
    }

    /// Keeps the first value of each kind, replacing one without scope by one from an article scope.
    static func keep(_ value: String, inArticle: Bool, in slot: inout Value?) {
        guard !value.isEmpty else { return }
        if slot == nil || (inArticle && slot?.inArticle == false) { slot = Value(text: value, inArticle: inArticle) }
    }

    /// Names of the authors, article-scope names first.
    var authorNames: [String] {
        let scoped = authors.filter(\.inArticle)
        return (scoped.isEmpty ? authors : scoped).map(\.text)
    }
}
