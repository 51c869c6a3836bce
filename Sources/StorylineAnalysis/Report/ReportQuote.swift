/// One statement quoted by one or more sources, with every wording it was quoted in.
public struct ReportQuote: Sendable, Hashable, Codable {
    /// One wording of the quote.
    public struct Variant: Sendable, Hashable, Codable {
        public var text: String
        public var articles: [String]
        /// Where each source quotes it.
        public var passages: [Passage]
        /// Word-level difference from the most common wording (empty for that wording itself):
        /// runs of `=` kept, `-` left out, `+` added words.
        public var diff: [DiffRun]
        /// The wording shares too little with the main one to be the same words: a paraphrase
        /// presented as a quote.
        public var paraphrase: Bool

        public init(text: String, articles: [String], passages: [Passage], diff: [DiffRun], paraphrase: Bool) {
            self.text = text
            self.articles = articles
            self.passages = passages
            self.diff = diff
            self.paraphrase = paraphrase
        }
    }

    /// A run of words in a word-level diff.
    public struct DiffRun: Sendable, Hashable, Codable {
        /// `=` (in both), `-` (only in the main wording), `+` (only in this wording).
        public var op: String
        public var text: String

        public init(op: String, text: String) {
            self.op = op
            self.text = text
        }
    }

    /// The canonical name of the person (or organisation) quoted, when attributed.
    public var speaker: String?
    /// The most common wording first.
    public var variants: [Variant]

    public init(speaker: String?, variants: [Variant]) {
        self.speaker = speaker
        self.variants = variants
    }
}
