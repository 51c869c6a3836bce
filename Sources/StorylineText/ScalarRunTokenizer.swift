/// Splits text into ``ScalarRun``s in one pass over its Unicode scalars.
///
/// Letters (with combining marks and inner apostrophes: "what's", "п'ятниця") form words, ASCII
/// digits form numbers, and every other non-space scalar is a symbol token of its own. A trailing
/// apostrophe closes a quote ("the troops' base"), so it becomes a symbol after the word.
public enum ScalarRunTokenizer {
    /// The tokens of `text`, in order. Complexity: O(n) in the number of scalars.
    public static func tokens(of text: String) -> [ScalarRun] {
        var tokens: [ScalarRun] = []
        var current = String.UnicodeScalarView()
        var currentKind: ScalarRun.Kind?
        var currentStart = 0
        var spaced = false
        var newlines = 0
        var offset = 0

        func flush() {
            guard let kind = currentKind else { return }
            var trailing: [Unicode.Scalar] = []
            while kind == .word, let last = current.last, isApostrophe(last) {
                trailing.insert(last, at: 0)
                current.removeLast()
            }
            let text = String(current)
            let wordEnd = offset - trailing.count
            tokens.append(
                ScalarRun(
                    kind: kind, text: text, lower: kind == .word ? text.lowercased() : text,
                    start: currentStart, end: wordEnd, spaced: spaced, newlines: newlines))
            for (index, scalar) in trailing.enumerated() {
                tokens.append(
                    ScalarRun(
                        kind: .symbol, text: String(scalar), lower: String(scalar), start: wordEnd + index,
                        end: wordEnd + index + 1, spaced: false, newlines: 0))
            }
            current = String.UnicodeScalarView()
            currentKind = nil
            spaced = false
            newlines = 0
        }

        for scalar in text.unicodeScalars {
            let kind: ScalarRun.Kind?
            // ASCII first: Unicode property queries are slow and most news text is ASCII.
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

    /// Marks inside a word, and apostrophes.
    private static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == "'" }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return isApostrophe(scalar)
        }
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }
}
