import StorylineCore

/// What a reader found in one document, before cleaning and assembly into an ``Article``.
///
/// Readers fill the metadata they find and put the body in `original`. Passages that a reader or the
/// cleaner decides are not content go into `removals`, with offsets in Unicode scalars into `original`;
/// ``ArticleAssembler`` then cuts them out to make the clean text.
public struct DocumentDraft: Sendable, Hashable {
    /// The id given by the input (e.g. a JSON line's `id`), if any.
    public var id: String?
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var author: String?
    public var published: PublicationDate?
    public var language: String?
    /// The body before cleaning; paragraphs separated by a blank line.
    public var original: String
    public var removals: [RemovedSegment]
    /// Extra fields carried through from the input (e.g. a gold `story` label), by name.
    public var extra: [String: String]
    /// Whether the paragraphs of `original` are the blocks of markup (an HTML page or feed content) rather
    /// than lines of plain text. Markup keeps another story's teaser in blocks of its own, so the cleaner
    /// only looks for a teaser glued onto the last paragraph of plain text.
    public var paragraphsFromMarkup = false

    public init(
        id: String? = nil, url: String? = nil, title: String? = nil, outlet: String? = nil,
        author: String? = nil, published: PublicationDate? = nil, language: String? = nil,
        original: String, removals: [RemovedSegment] = [], extra: [String: String] = [:]
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.language = language
        self.original = original
        self.removals = removals
        self.extra = extra
    }
}
