/// One news article as Storyline keeps it: metadata, the clean body and what cleaning cut out.
///
/// `text` is the clean body; `original` is the body before cleaning (the plain-text file, or the main
/// content extracted from a page), and every ``RemovedSegment`` points into `original` with offsets
/// counted in Unicode scalars.
///
/// ```swift
/// let article = Article(id: "9de422028fb0536d", source: "/tmp/a.txt", text: "NATO will …", original: "…")
/// ```
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: given by the input, or derived from normalised content and source
    /// (see ``ArticleIdentity``).
    public var id: String
    /// The file path or URL the article was read from.
    public var source: String
    /// The canonical URL of the article, when known.
    public var url: String?
    public var title: String?
    /// The publication (outlet) name, e.g. "Reuters" or "UNN".
    public var outlet: String?
    public var author: String?
    public var published: PublicationDate?
    /// ISO 639-1 code of the body's language.
    public var language: String?
    /// The clean body: boilerplate removed, paragraphs separated by a blank line.
    public var text: String
    /// The segments cleaning cut out of `original`, in order of their start offset.
    public var removed: [RemovedSegment]
    /// The body before cleaning.
    public var original: String

    public init(
        id: String, source: String, url: String? = nil, title: String? = nil, outlet: String? = nil,
        author: String? = nil, published: PublicationDate? = nil, language: String? = nil,
        text: String, removed: [RemovedSegment] = [], original: String
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.language = language
        self.text = text
        self.removed = removed
        self.original = original
    }
}
