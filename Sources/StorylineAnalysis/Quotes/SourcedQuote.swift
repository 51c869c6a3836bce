/// A quote together with the article it was found in.
public struct SourcedQuote: Sendable, Hashable, Codable {
    /// The id of the article.
    public var article: String
    /// The quote, with offsets into that article's clean text.
    public var quote: QuoteMention

    /// Creates a sourced quote.
    public init(article: String, quote: QuoteMention) {
        self.article = article
        self.quote = quote
    }
}
