/// One run of a word-level diff: words both wordings share, or words only one of them has.
public struct WordDiffOperation: Sendable, Hashable, Codable {
    /// What the run does to turn the base wording into the other one.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Words in both wordings.
        case equal
        /// Words only in the other wording.
        case insert
        /// Words only in the base wording.
        case delete
    }

    /// What the run does.
    public var kind: Kind
    /// The words of the run, in order.
    public var words: [String]

    /// Creates a run.
    public init(kind: Kind, words: [String]) {
        self.kind = kind
        self.words = words
    }
}
