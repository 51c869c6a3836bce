/// One sentence of a story's extractive summary with where it was written and who supports it.
public struct SummarySentence: Sendable, Hashable, Codable {
    /// An exact passage of one article's clean text (offsets in Unicode scalars).
    public struct Provenance: Sendable, Hashable, Codable {
        public var article: String
        public var start: Int
        public var end: Int

        public init(article: String, start: Int, end: Int) {
            self.article = article
            self.start = start
            self.end = end
        }
    }

    public var text: String
    /// The passage the sentence was taken from first, then the aligned passages of other sources.
    public var provenance: [Provenance]
    /// Ids of the articles that carry the statement.
    public var sources: [String]

    public init(text: String, provenance: [Provenance], sources: [String]) {
        self.text = text
        self.provenance = provenance
        self.sources = sources
    }
}
