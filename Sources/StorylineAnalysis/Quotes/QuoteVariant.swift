/// One wording of a quoted statement, with the articles that use it.
public struct QuoteVariant: Sendable, Hashable, Codable {
    /// The wording, as first written.
    public var text: String
    /// Ids of the articles that quote this wording, in order of first appearance, without repeats.
    public var articles: [String]
    /// Every occurrence of this wording.
    public var mentions: [SourcedQuote]
    /// Word-level diff from the group's main wording to this one (all `equal` for the main one).
    public var diff: [WordDiffOperation]
    /// The wording shares too little exact wording with the main one to be the same words: a
    /// paraphrase presented as a quote.
    public var isParaphrase: Bool

    /// Creates a variant.
    public init(
        text: String, articles: [String], mentions: [SourcedQuote], diff: [WordDiffOperation], isParaphrase: Bool
    ) {
        self.text = text
        self.articles = articles
        self.mentions = mentions
        self.diff = diff
        self.isParaphrase = isParaphrase
    }
}
