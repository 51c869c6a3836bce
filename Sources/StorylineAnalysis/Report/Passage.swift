/// An exact passage of an article's clean `text`: offsets in Unicode scalars, end exclusive.
///
/// `text` is exactly the scalars `start..<end` of the article's `text`, so every claim in a report
/// can be traced back to where it was written.
public struct Passage: Sendable, Hashable, Codable {
    /// The article id.
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(article: String, start: Int, end: Int, text: String) {
        self.article = article
        self.start = start
        self.end = end
        self.text = text
    }
}
