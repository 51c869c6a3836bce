/// The main content found on a page: its paragraphs and the elements they came from.
///
/// Holds nodes of the ``HTMLDocument`` it was extracted from, so it is as local as the document.
public struct HTMLContent {
    /// How the content container was chosen.
    public enum Method: String, Sendable {
        /// A container the page marks as the article (`itemprop=articleBody`, an article-body class, `<article>`).
        case markedContainer
        /// The best-scoring block by text length, commas, paragraphs and link density.
        case scoring
        /// The page's main region, for pages of structured items rather than one article.
        case region
        /// The whole `<body>`, when nothing scored.
        case wholeBody
    }

    /// The paragraphs in reading order, white space collapsed.
    public var paragraphs: [String]
    /// The elements the paragraphs were taken from, in document order.
    public var roots: [HTMLNode]
    /// How ``roots`` were chosen.
    public var method: Method

    /// The number of characters in all paragraphs.
    public var characterCount: Int { paragraphs.reduce(0) { $0 + $1.count } }

    /// The paragraphs joined by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}
