import StorylineText

/// Splits one line into sentence ranges (offsets in Unicode scalars, relative to the line).
///
/// Deliberately simple: a sentence ends at ".", "!", "?" or "…" (with closing quotes or brackets after
/// it) followed by white space and a capital letter, digit, quote or bracket. Good enough to cut an
/// appeal off a paragraph; the full splitter lives in StorylineText.
///
/// Runs on every line of every article, so characters are tested with `switch` and ASCII shortcuts
/// rather than `String.contains` or Unicode property lookups.
enum LineSentences {
    static func ranges(in line: String) -> [(start: Int, end: Int)] {
        ranges(in: Array(line.unicodeScalars))
    }

    /// The same for a line already split into scalars.
    static func ranges(in scalars: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        var result: [(Int, Int)] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if endsSentence(scalars[index]) {
                var end = index + 1
                while end < scalars.count, closes(scalars[end]) { end += 1 }
                if end < scalars.count, ScalarWordClasses.isSpace(scalars[end].value) {
                    var next = end
                    while next < scalars.count, ScalarWordClasses.isSpace(scalars[next].value) { next += 1 }
                    if next < scalars.count, startsSentence(scalars[next]), !isAbbreviation(scalars, before: index) {
                        result.append((start, end))
                        start = next
                        index = next
                        continue
                    }
                }
            }
            index += 1
        }
        if start < scalars.count { result.append((start, scalars.count)) }
        return result
    }

    /// ".", "!", "?" or "…".
    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026: true
        default: false
        }
    }

    /// A closing quote or bracket after the end mark: `"` `”` `»` `’` `)` `]`.
    private static func closes(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201D, 0xBB, 0x2019, 0x29, 0x5D: true
        default: false
        }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x30...0x39: return true
        // Opening quotes and bracket: " “ « ( „ ' ‘
        case 0x22, 0x201C, 0xAB, 0x28, 0x201E, 0x27, 0x2018: return true
        case 0..<0x80: return false
        default: return scalar.properties.isUppercase
        }
    }

    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value | 0x20 >= 0x61 && value | 0x20 <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// "Mr." / "U.S." / "Oct." are not sentence ends when a single short word precedes the period.
    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        guard scalars[index] == "." else { return false }
        var start = index
        while start > 0, isAlphabetic(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
        let length = index - start
        return length == 1 || (length <= 4 && scalars[start..<index].contains("."))
            || (length <= 3 && isUppercase(scalars[start]) && !isUppercase(scalars[start + 1]))
    }
}
