/// Splits text into the `\w+` runs that extraction benchmarks count: letters, digits and `_`.
///
/// Matches Python's `re.findall(r"\w+", text)` on Unicode text: a scalar belongs to a word when its
/// general category is a letter or a number, or it is `_`. Combining marks end a word, as in Python.
public enum ExtractionTokenizer {
    /// The words of `text`, in order, case kept.
    public static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(Substring(scalars[begin..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { words.append(Substring(scalars[begin..<scalars.endIndex])) }
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
                || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
