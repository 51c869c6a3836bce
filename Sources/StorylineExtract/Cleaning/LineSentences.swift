/// Splits one line into sentence ranges (offsets in Unicode scalars, relative to the line).
///
/// Deliberately simple: a sentence ends at ".", "!", "?" or "…" (with closing quotes or brackets after
/// it) followed by white space and a capital letter, digit, quote or bracket. Good enough to cut an
/// appeal off a paragraph; the full splitter lives in StorylineText.
enum LineSentences {
    static func ranges(in line: String) -> [(start: Int, end: Int)] {
        let scalars = Array(line.unicodeScalars)
        var result: [(Int, Int)] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ".!?…".unicodeScalars.contains(scalar) {
                var end = index + 1
                while end < scalars.count, "\"”»’)]".unicodeScalars.contains(scalars[end]) { end += 1 }
                if end < scalars.count, scalars[end].properties.isWhitespace {
                    var next = end
                    while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
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

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || ("0"..."9").contains(scalar) || "\"“«(„'‘".unicodeScalars.contains(scalar)
    }

    /// "Mr." / "U.S." / "Oct." are not sentence ends when a single short word precedes the period.
    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        guard scalars[index] == "." else { return false }
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "." { start -= 1 }
        let length = index - start
        return length == 1 || (length <= 4 && scalars[start..<index].contains("."))
            || (length <= 3 && scalars[start].properties.isUppercase && !scalars[start + 1].properties.isUppercase)
    }
}
