import StorylineCore

/// One sentence of one article of a story, with the terms alignment compares.
public struct StorySentence: Sendable, Hashable {
    /// Index of the article in the story's article list.
    public var articleIndex: Int
    /// The sentence and its offsets in the article's clean text (Unicode scalars).
    public var span: TextSpan
    /// Position of the sentence in its article, 0 for the first.
    public var position: Int
    /// Stems of the sentence's content words (no stop words), each once.
    public var terms: [String]
    /// How many words the sentence has (stop words included).
    public var wordCount: Int

    public init(articleIndex: Int, span: TextSpan, position: Int, terms: [String], wordCount: Int) {
        self.articleIndex = articleIndex
        self.span = span
        self.position = position
        self.terms = terms
        self.wordCount = wordCount
    }
}
