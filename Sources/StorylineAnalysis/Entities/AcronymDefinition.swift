/// An acronym defined in the text as "Long Name (ACR)", e.g. "World Health Organization (WHO)".
///
/// `start` and `end` (exclusive) are the Unicode-scalar offsets of the expansion.
public struct AcronymDefinition: Sendable, Hashable, Codable {
    /// The short form inside the parentheses.
    public var acronym: String
    /// The long form written before the parentheses.
    public var expansion: String
    /// Offset of the first scalar of `expansion`.
    public var start: Int
    /// Offset after the last scalar of `expansion`.
    public var end: Int

    /// Creates a definition.
    public init(acronym: String, expansion: String, start: Int, end: Int) {
        self.acronym = acronym
        self.expansion = expansion
        self.start = start
        self.end = end
    }
}
