/// One token of text as the date grammar sees it: a run of letters, a run of digits, or one other scalar.
struct DateToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, symbol }

    var kind: Kind
    /// The token as written.
    var text: String
    /// `text` lowercased, for table look-ups.
    var lower: String
    var start: Int
    var end: Int
    /// Whether white space separates this token from the previous one.
    var spaced: Bool
    /// How many line breaks separate this token from the previous one.
    var newlines: Int

    /// The value of a `.number` token (nil for other kinds or absurdly long runs).
    var value: Int? { kind == .number && text.unicodeScalars.count <= 9 ? Int(text) : nil }
    var digitCount: Int { kind == .number ? text.unicodeScalars.count : 0 }
    /// Whether the first letter is uppercase ("Oct", "CET").
    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    var isAllUppercase: Bool { kind == .word && text.unicodeScalars.allSatisfy { $0.properties.isUppercase } }

    func isSymbol(_ scalar: Unicode.Scalar) -> Bool { kind == .symbol && text.unicodeScalars.first == scalar }
}

/// Splits text into ``DateToken``s in one pass over its Unicode scalars.
enum DateTokenizer {
    static func tokens(of text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var current = String.UnicodeScalarView()
        var currentKind: DateToken.Kind?
        var currentStart = 0
        var spaced = false
        var newlines = 0
        var offset = 0

        func flush() {
            guard let kind = currentKind else { return }
            let text = String(current)
            tokens.append(
                DateToken(
                    kind: kind, text: text, lower: kind == .word ? text.lowercased() : text,
                    start: currentStart, end: offset, spaced: spaced, newlines: newlines))
            current = String.UnicodeScalarView()
            currentKind = nil
            spaced = false
            newlines = 0
        }

        for scalar in text.unicodeScalars {
            let kind: DateToken.Kind?
            // ASCII first: Unicode property queries are slow and most dates are written in ASCII.
            let value = scalar.value
            let isASCII = value < 0x80
            if isASCII ? (value == 0x20 || (value >= 0x09 && value <= 0x0D)) : scalar.properties.isWhitespace {
                kind = nil
            } else if value >= 0x30 && value <= 0x39 {
                kind = .number
            } else if (isASCII ? ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A) : scalar.properties.isAlphabetic)
                || (currentKind == .word && isWordJoiner(scalar))
            {
                kind = .word
            } else {
                kind = .symbol
            }
            if kind == nil {
                flush()
                spaced = true
                if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" { newlines += 1 }
            } else if kind != currentKind || kind == .symbol {
                flush()
                currentKind = kind
                currentStart = offset
                current.append(scalar)
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        flush()
        return tokens
    }

    /// Marks inside a word, and the apostrophes of "п'ятниця".
    private static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
        }
    }
}
