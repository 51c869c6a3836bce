import StorylineCore

/// One non-empty line of a text, trimmed, with its offsets in Unicode scalars into that text.
struct TextLine: Sendable, Hashable {
    /// The line without leading and trailing white space.
    var text: String
    /// Offset of the first non-space scalar.
    var start: Int
    /// Offset just past the last non-space scalar.
    var end: Int
    /// Whether a blank line (or the start of the text) comes before this line.
    var followsBlank: Bool

    /// The non-empty lines of `text`, in order.
    static func lines(of text: String) -> [TextLine] {
        var result: [TextLine] = []
        var current = String.UnicodeScalarView()
        var lineStart = 0
        var offset = 0
        var blank = true
        func finish() {
            let scalars = Array(current)
            if let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
            {
                var trimmed = String.UnicodeScalarView()
                trimmed.append(contentsOf: scalars[first...last])
                result.append(
                    TextLine(text: String(trimmed), start: lineStart + first, end: lineStart + last + 1, followsBlank: blank))
                blank = false
            } else {
                blank = true
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                finish()
                lineStart = offset
            } else {
                current.append(scalar)
            }
        }
        finish()
        return result
    }

    /// Words of the line: runs of letters and digits (apostrophes inside words kept).
    var words: [Substring] { TextShape.words(in: text) }
}

/// Small, language-neutral judgements about the shape of a piece of text.
enum TextShape {
    /// Runs of letters, digits and inner apostrophes.
    static func words(in text: String) -> [Substring] {
        text.split(whereSeparator: { character in
            !(character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-")
        }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    /// Lowercased, quotes and apostrophes unified, all white space runs (NBSP too) as one space.
    static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}", "`": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": result.append("\"")
            case "\u{2013}", "\u{2014}": result.append("-")
            case "\u{0307}": break  // the dot Turkish "İ" keeps when lowercased
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether the text ends like a finished sentence (full stop, question or exclamation mark,
    /// closing quote or bracket, ellipsis).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?…\"”»’)'։。".unicodeScalars.contains(last)
    }

    /// Content words (lowercased, 4+ letters, not a frequent function word) of `text`, cut to a
    /// five-letter stem so that "Russia" and "Russian" meet.
    static func contentStems(in text: String) -> Set<String> {
        var result: Set<String> = []
        for word in words(in: text) {
            let lower = word.lowercased().replacingApostropheSuffix()
            guard lower.count >= 4, !FunctionWords.all.contains(lower) else { continue }
            result.insert(String(lower.prefix(5)))
        }
        return result
    }
}

extension String {
    /// "ukraine's" → "ukraine".
    fileprivate func replacingApostropheSuffix() -> String {
        if let index = firstIndex(where: { $0 == "'" || $0 == "’" }) { return String(self[..<index]) }
        return self
    }
}
