/// One token of text as the fact extractors see it: a run of letters, a run of digits, or one other scalar.
///
/// Keeps what the word tokenizer throws away (currency signs, `%`, brackets, hyphens, the spacing between
/// tokens), because "$1.5bn", "10-15" and "500 km (311 mi)" are read from exactly those.
struct FactToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, symbol }

    var kind: Kind
    /// The token as written.
    var text: String
    /// `text` lowercased.
    var lower: String
    /// Offset in Unicode scalars of the first scalar.
    var start: Int
    /// Offset in Unicode scalars just past the token.
    var end: Int
    /// Whether white space separates this token from the previous one.
    var spaced: Bool
    /// How many line breaks separate this token from the previous one.
    var newlines: Int

    var digitCount: Int { kind == .number ? end - start : 0 }
    /// Whether the first letter is uppercase ("Monday", "NATO").
    var isCapitalized: Bool { text.unicodeScalars.first.map(NameScalars.isUppercase) ?? false }

    func isSymbol(_ scalar: Unicode.Scalar) -> Bool { kind == .symbol && text.unicodeScalars.first == scalar }

    func isSymbol(in scalars: Set<Unicode.Scalar>) -> Bool {
        kind == .symbol && text.unicodeScalars.first.map(scalars.contains) == true
    }
}
