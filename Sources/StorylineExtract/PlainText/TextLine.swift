import StorylineText
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
        // Every article is split into lines more than once: scan the UTF-8 bytes directly (string
        // index arithmetic validates every step) and copy each line out once.
        var text = text
        return text.withUTF8(lines(utf8:))
    }

    private static func lines(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        var result: [TextLine] = []
        var blank = true
        var offset = 0
        var firstContent: (byte: Int, offset: Int)?
        var lastContent: (byteEnd: Int, offset: Int)?
        func finishLine() {
            if let first = firstContent, let last = lastContent {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.byte..<last.byteEnd]), as: UTF8.self)
                result.append(TextLine(text: text, start: first.offset, end: last.offset + 1, followsBlank: blank))
                blank = false
            } else {
                blank = true
            }
            firstContent = nil
            lastContent = nil
        }
        var index = 0
        while index < bytes.count {
            let (value, next) = ValidUTF8.scalar(in: bytes, at: index)
            if value == 0x0A || value == 0x2028 || value == 0x2029 {
                finishLine()
            } else if !ScalarWordClasses.isSpace(value) {
                if firstContent == nil { firstContent = (index, offset) }
                lastContent = (next, offset)
            }
            offset += 1
            index = next
        }
        finishLine()
        return result
    }

    /// Words of the line: runs of letters and digits (apostrophes inside words kept).
    var words: [Substring] { TextShape.words(in: text) }
}

/// Small, language-neutral judgements about the shape of a piece of text.
enum TextShape {
    /// Runs of letters, digits and inner apostrophes.
    ///
    /// Scans Unicode scalars (combining marks stay inside their word), which is many times faster than
    /// splitting by `Character`; every line of every article goes through here.
    static func words(in text: String) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var hasLetterOrDigit = false
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let kind = wordClass(scalar)
            if kind != .separator {
                if start == nil {
                    start = index
                    hasLetterOrDigit = false
                }
                if kind == .letterOrDigit { hasLetterOrDigit = true }
            } else if let wordStart = start {
                if hasLetterOrDigit { result.append(text[wordStart..<index]) }
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start, hasLetterOrDigit { result.append(text[wordStart..<text.endIndex]) }
        return result
    }

    /// How many words ``words(in:)`` would return, counting no further than `limit + 1`.
    static func wordCount(in text: String, limit: Int = .max) -> Int {
        var count = 0
        var inRun = false
        var runHasLetter = false
        for scalar in text.unicodeScalars {
            switch wordClass(scalar) {
            case .letterOrDigit:
                inRun = true
                runHasLetter = true
            case .joiner:
                inRun = true
            case .separator:
                if inRun && runHasLetter {
                    count += 1
                    if count > limit { return count }
                }
                inRun = false
                runHasLetter = false
            }
        }
        return inRun && runHasLetter ? count + 1 : count
    }

    private enum WordClass { case letterOrDigit, joiner, separator }

    private static func wordClass(_ scalar: Unicode.Scalar) -> WordClass {
        let value = scalar.value
        if value < 0x80 {
            if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) {
                return .letterOrDigit
            }
            return value == 0x27 || value == 0x2D ? .joiner : .separator
        }
        if value == 0x2019 { return .joiner }
        if ScalarWordClasses.isWordScalar(scalar) { return .letterOrDigit }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .joiner
        default: return .separator
        }
    }

    /// Lowercased, quotes and apostrophes unified, all white space runs (NBSP too) as one space.
    static func normalized(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // No Unicode property lookups: this runs on every line of every article.
            if ScalarWordClasses.isSpace(value) {
                pendingSpace = true
                continue
            }
            var mapped: UInt32
            switch value {
            case 0x60, 0x2018, 0x2019, 0x02BC: mapped = 0x27
            case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: mapped = 0x22
            case 0x2013, 0x2014: mapped = 0x2D
            case 0x0307: continue  // the dot Turkish "İ" keeps when lowercased
            default: mapped = ScalarWordClasses.lowercased(scalar)
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            if mapped < 0x80 {
                bytes.append(UInt8(mapped))
            } else if let out = Unicode.Scalar(mapped) {
                UTF8.encode(out) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the text ends like a finished sentence (full stop, question or exclamation mark,
    /// closing quote or bracket, ellipsis).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?…\"”»’)'։。".unicodeScalars.contains(last)
    }

    /// Content words (lowercased, 4+ letters, not a frequent function word) of `text`, cut to a
    /// five-letter stem so that "Russia" and "Russian" meet.
    static func contentStems(in text: String) -> Set<UInt64> {
        var result: Set<UInt64> = []
        for word in words(in: text) {
            if let stem = contentStem(word) { result.insert(stem) }
        }
        return result
    }

    /// The hash of a content word's first five letters (lower-cased, possessive cut off), or nil for
    /// short words and function words. ASCII words take a path without strings; the hashes agree.
    static func contentStem(_ word: Substring) -> UInt64? {
        let utf8 = word.utf8
        if utf8.count <= 64 {
            // The part before the first apostrophe ("'" or "’") is all that counts: when it is ASCII,
            // hash its bytes; any other non-ASCII scalar before it takes the general path.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var prefixHash: UInt64 = 0
            var length = 0
            var ascii = true
            var index = utf8.startIndex
            while index != utf8.endIndex {
                let byte = utf8[index]
                if byte == 0x27 { break }
                if byte >= 0x80 {
                    ascii = utf8[index...].starts(with: [0xE2, 0x80, 0x99])
                    break
                }
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                hash = (hash ^ UInt64(lower)) &* 0x100_0000_01B3
                length += 1
                if length == 5 { prefixHash = hash }
                index = utf8.index(after: index)
            }
            if ascii {
                guard length >= 4, !functionWordHashes.contains(hash) else { return nil }
                return length >= 5 ? prefixHash : hash
            }
        }
        let lower = lowercased(word).replacingApostropheSuffix()
        guard lower.count >= 4, !FunctionWords.all.contains(lower) else { return nil }
        return ArticleIdentity.fnv1a64(String(lower.prefix(5)))
    }

    private static let functionWordHashes: Set<UInt64> = Set(FunctionWords.all.map(ArticleIdentity.fnv1a64))
}

extension TextShape {
    /// Lower-cases ASCII words byte by byte; others through the standard library.
    static func lowercased(_ word: Substring) -> String {
        var ascii = true
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return ascii ? String(decoding: bytes, as: UTF8.self) : ScalarWordClasses.lowercasedString(word)
    }
}

extension String {
    /// "ukraine's" → "ukraine".
    fileprivate func replacingApostropheSuffix() -> String {
        if let index = unicodeScalars.firstIndex(where: { $0 == "'" || $0 == "’" }) {
            return String(unicodeScalars[..<index])
        }
        return self
    }
}
