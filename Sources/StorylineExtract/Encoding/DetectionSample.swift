/// The bytes worth showing ICU's charset detector: a page's text without its markup.
///
/// Tags, comments, scripts and styles are ASCII in every encoding the detector tells apart; left in,
/// they only dilute the letter statistics it relies on, and a long `<head>` can push the text out of
/// the part it reads. Runs of whitespace become one space.
enum DetectionSample {
    /// The largest sample built: ICU's detector reads at most its first 8 KB (its internal buffer), and
    /// takes about 0.15 µs a byte doing so.
    static let limit = 8 * 1024

    /// The text between the tags of `bytes`, at most ``limit`` bytes; when that text holds no non-ASCII
    /// byte (the non-ASCII is all in attributes or scripts), the first ``limit`` bytes as they are.
    static func text(ofMarkup bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var sample: [UInt8] = []
        sample.reserveCapacity(min(bytes.count, limit))
        var hasNonASCII = false
        var index = 0
        var afterSpace = true
        while index < bytes.count, sample.count < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                index = endOfMarkup(in: bytes, from: index)
                if !afterSpace {
                    sample.append(0x20)
                    afterSpace = true
                }
                continue
            }
            if CharsetPrescanner.isSpace(byte) {
                if !afterSpace { sample.append(0x20) }
                afterSpace = true
            } else {
                sample.append(byte)
                afterSpace = false
                if byte >= 0x80 { hasNonASCII = true }
            }
            index += 1
        }
        return hasNonASCII ? sample : Array(bytes.prefix(limit))
    }

    /// The index just past the markup that opens at `start` (`<`): a comment, a script or style element
    /// with its content, or one tag.
    private static func endOfMarkup(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        if starts(bytes, at: start, with: "<!--") {
            return index(after: "-->", in: bytes, from: start + 4)
        }
        for element in ["script", "style"] where starts(bytes, at: start + 1, with: element) {
            let closing = index(after: "</" + element, in: bytes, from: start + 1)
            return index(after: ">", in: bytes, from: closing)
        }
        return index(after: ">", in: bytes, from: start + 1)
    }

    /// Whether `literal` (lower-case ASCII) is at `index`, in any case.
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with literal: String) -> Bool {
        var position = index
        for expected in literal.utf8 {
            guard position < bytes.count, CharsetPrescanner.lowercased(bytes[position]) == expected else {
                return false
            }
            position += 1
        }
        return true
    }

    /// The index just past the next `literal` (any case) from `start`, or the end of `bytes`.
    private static func index(after literal: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let first = literal.utf8.first!
        var position = start
        while position < bytes.count {
            if CharsetPrescanner.lowercased(bytes[position]) == first, starts(bytes, at: position, with: literal) {
                return position + literal.utf8.count
            }
            position += 1
        }
        return bytes.count
    }
}
