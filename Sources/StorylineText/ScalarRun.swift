/// One token of text as the date and fact readers see it: a run of letters, a run of ASCII digits, or
/// one other scalar.
///
/// Unlike ``Tokenizer`` it keeps what a word tokenizer throws away — currency signs, `%`, brackets,
/// hyphens, full stops, and the spacing and line breaks between tokens — because "Oct. 13",
/// "$1.5bn", "10-15" and "500 km (311 mi)" are read from exactly those.
public struct ScalarRun: Sendable, Hashable {
    /// What the run is made of.
    public enum Kind: Sendable, Hashable { case word, number, symbol }

    public var kind: Kind
    /// The token as written.
    public var text: String
    /// `text` lowercased, for table look-ups.
    public var lower: String
    /// Offset in Unicode scalars of the first scalar.
    public var start: Int
    /// Offset in Unicode scalars just past the token.
    public var end: Int
    /// Whether white space separates this token from the previous one.
    public var spaced: Bool
    /// How many line breaks separate this token from the previous one.
    public var newlines: Int

    public init(kind: Kind, text: String, lower: String, start: Int, end: Int, spaced: Bool, newlines: Int) {
        self.kind = kind
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.spaced = spaced
        self.newlines = newlines
    }

    /// The value of a `.number` token (nil for other kinds or absurdly long runs).
    public var value: Int? { kind == .number && end - start <= 9 ? Int(text) : nil }
    public var digitCount: Int { kind == .number ? end - start : 0 }
    /// Whether the first letter is uppercase ("Oct", "NATO").
    public var isCapitalized: Bool { text.unicodeScalars.first.map(Self.isUppercase) ?? false }
    /// Whether every letter is uppercase ("CET").
    public var isAllUppercase: Bool { kind == .word && text.unicodeScalars.allSatisfy(Self.isUppercase) }

    /// Whether the token is the symbol `scalar`.
    public func isSymbol(_ scalar: Unicode.Scalar) -> Bool { kind == .symbol && text.unicodeScalars.first == scalar }

    /// Whether the token is one of the symbols in `scalars`.
    public func isSymbol(in scalars: Set<Unicode.Scalar>) -> Bool {
        kind == .symbol && text.unicodeScalars.first.map(scalars.contains) == true
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }
}
