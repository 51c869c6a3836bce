/// The weighted terms of one article before IDF, compactly: what the story clusterer compares.
///
/// Terms are 32-bit hashes in increasing order. Each has one byte: bit 7 says the term looks like a
/// name (person, place, organisation); bits 0–6 hold the weighted term frequency × 2, at most 127.
/// About 5 bytes a term, so a million articles' terms fit in memory at once.
public struct ArticleTerms: Sendable, Hashable {
    public var terms: [UInt32]
    public var codes: [UInt8]
    /// A readable form of each term, for evidence; nil when not asked for.
    public var display: [UInt32: String]?

    public init(terms: [UInt32] = [], codes: [UInt8] = [], display: [UInt32: String]? = nil) {
        precondition(terms.count == codes.count, "terms and codes differ in length")
        self.terms = terms
        self.codes = codes
        self.display = display
    }

    /// Builds the compact form from weighted frequencies and name flags.
    public init(frequencies: [UInt32: Float], names: Set<UInt32>, display: [UInt32: String]?) {
        let sorted = frequencies.keys.sorted()
        terms = sorted
        codes = sorted.map { term in Self.code(frequency: frequencies[term]!, isName: names.contains(term)) }
        self.display = display
    }

    /// The byte of a term: its weighted frequency × 2 (1…127) with the name flag in bit 7.
    static func code(frequency: Float, isName: Bool) -> UInt8 {
        let quantised = UInt8(min(127, max(1, (frequency * 2).rounded())))
        return isName ? quantised | 0x80 : quantised
    }

    /// The weighted frequency of the term at `index`.
    @inlinable public func frequency(at index: Int) -> Float { Float(codes[index] & 0x7F) / 2 }

    /// Whether the term at `index` looks like a name.
    @inlinable public func isName(at index: Int) -> Bool { codes[index] & 0x80 != 0 }

    /// The hashes of the terms that look like names.
    public var names: Set<UInt32> { Set(terms.indices.filter(isName).map { terms[$0] }) }
}
