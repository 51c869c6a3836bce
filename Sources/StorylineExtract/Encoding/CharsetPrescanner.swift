/// Finds the charset a page declares in its markup: the HTML standard's prescan for `<meta charset>` and
/// `<meta http-equiv="Content-Type" content="…; charset=…">`, then an XML declaration's `encoding`.
///
/// Works on bytes, like a browser before it knows the encoding, over the first ``length`` bytes.
/// Comments are skipped and attributes are read properly, so `charset` inside a comment, a script string
/// or another tag's attribute is not taken. A label that names no known encoding is passed over and the
/// scan goes on, as in browsers.
struct CharsetPrescanner {
    /// How many leading bytes are searched (browsers use 1024; saved pages often have longer heads).
    static let length = 4096

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// The encoding `bytes` declare, or nil. Per the HTML standard, a `<meta>` naming UTF-16 means UTF-8
    /// (a page whose `<meta>` could be read as ASCII is not UTF-16).
    static func declaredEncoding(in bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(length))
        var scanner = CharsetPrescanner(bytes: head)
        if let found = scanner.metaEncoding() ?? xmlDeclarationEncoding(in: head) {
            return found.isUTF16 ? .utf8 : found
        }
        return nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: - The prescan (HTML standard, "prescan a byte stream to determine its encoding")

    private mutating func metaEncoding() -> TextEncoding? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                position += 1
            } else if matches("<!--") {
                skipComment()
            } else if matchesLowercased("<meta"), position + 5 < bytes.count,
                isSpaceOrSlash(bytes[position + 5])
            {
                position += 5
                if let encoding = readMetaAttributes() { return encoding }
            } else if matches("<"), position + 1 < bytes.count, isTagStart(at: position + 1) {
                skipTag()
            } else if matches("<!") || matches("</") || matches("<?") {
                skip(to: UInt8(ascii: ">"))
            } else {
                position += 1
            }
        }
        return nil
    }

    /// Reads a `<meta>` tag's attributes (position just after `<meta`); the encoding it declares, if any.
    private mutating func readMetaAttributes() -> TextEncoding? {
        var seen: [[UInt8]] = []
        var gotPragma = false
        var needPragma: Bool?
        var charset: TextEncoding?
        var charsetSet = false  // once set, even to an unknown label, later declarations in the tag don't count
        while let (name, value) = nextAttribute() {
            if seen.contains(name) { continue }
            seen.append(name)
            if name.elementsEqual("http-equiv".utf8) {
                if value.elementsEqual("content-type".utf8) { gotPragma = true }
            } else if name.elementsEqual("content".utf8) {
                // An unknown label in `content` leaves room for a `charset` attribute after it.
                if !charsetSet, let label = Self.charsetLabel(inContent: value[...]),
                    let encoding = TextEncoding(labelBytes: label)
                {
                    charset = encoding
                    charsetSet = true
                    needPragma = true
                }
            } else if name.elementsEqual("charset".utf8), !charsetSet {
                charset = TextEncoding(labelBytes: value)
                charsetSet = true
                needPragma = false
            }
        }
        guard let needPragma, !needPragma || gotPragma else { return nil }
        return charset
    }

    /// The HTML standard's "get an attribute": name and value lower-cased, or nil at the tag's end.
    private mutating func nextAttribute() -> ([UInt8], [UInt8])? {
        while position < bytes.count, isSpaceOrSlash(bytes[position]) { position += 1 }
        guard position < bytes.count, bytes[position] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        var value: [UInt8] = []
        // The name runs to `=`, whitespace, `/` or `>` (an `=` as its first byte belongs to it).
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "="), !name.isEmpty { break }
            if Self.isSpace(byte) {
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return (name, []) }
                break
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { return (name, []) }
            name.append(Self.lowercased(byte))
            position += 1
        }
        guard position < bytes.count else { return nil }
        position += 1  // the `=`
        skipSpaces()
        guard position < bytes.count else { return nil }
        let first = bytes[position]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            position += 1
            while position < bytes.count, bytes[position] != first {
                value.append(Self.lowercased(bytes[position]))
                position += 1
            }
            guard position < bytes.count else { return nil }
            position += 1
            return (name, value)
        }
        if first == UInt8(ascii: ">") { return (name, []) }
        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            value.append(Self.lowercased(bytes[position]))
            position += 1
        }
        return (name, value)
    }

    /// The HTML standard's "extract a character encoding from a meta element", on a `content` value
    /// (`text/html; charset=KOI8-R`): the label after `charset=`, or nil.
    static func charsetLabel(inContent content: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var index = content.startIndex
        while true {
            guard let found = firstIndex(of: "charset", in: content, from: index) else { return nil }
            index = found + 7
            while index < content.endIndex, isSpace(content[index]) { index += 1 }
            if index < content.endIndex, content[index] == UInt8(ascii: "=") {
                index += 1
                break
            }
        }
        while index < content.endIndex, isSpace(content[index]) { index += 1 }
        guard index < content.endIndex else { return nil }
        let quote = content[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            guard let end = content[start...].firstIndex(of: quote) else { return nil }
            return content[start..<end]
        }
        var end = index
        while end < content.endIndex, !isSpace(content[end]), content[end] != UInt8(ascii: ";") { end += 1 }
        return content[index..<end]
    }

    // MARK: - XML declaration

    /// The `encoding` of an XML declaration (`<?xml version="1.0" encoding="koi8-r"?>`) at the start.
    static func xmlDeclarationEncoding(in bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        let opening = Array("<?xml".utf8)
        guard bytes.count - start > opening.count,
            bytes[start..<start + opening.count].elementsEqual(opening), isSpace(bytes[start + opening.count])
        else { return nil }
        var end = start + opening.count
        while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) {
            end += 1
        }
        let declaration = ArraySlice(bytes[start..<end])
        guard let found = firstIndex(of: "encoding", in: declaration, from: declaration.startIndex) else { return nil }
        var index = found + 8
        while index < declaration.endIndex, isSpace(declaration[index]) { index += 1 }
        guard index < declaration.endIndex, declaration[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < declaration.endIndex, isSpace(declaration[index]) { index += 1 }
        guard index < declaration.endIndex else { return nil }
        let quote = declaration[index]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
            let close = declaration[(index + 1)...].firstIndex(of: quote)
        else { return nil }
        return TextEncoding(labelBytes: declaration[(index + 1)..<close])
    }

    // MARK: - Bytes

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether the bytes at the position are `literal` (lower-case ASCII) in any case.
    private func matchesLowercased(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<count where Self.lowercased(bytes[position + offset]) != pointer[offset] { return false }
        return true
    }

    /// After `<!--`: to just past the first `-->` (whose dashes may be the opening ones, as in `<!-->`).
    private mutating func skipComment() {
        var index = position + 2
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-"),
                bytes[index + 2] == UInt8(ascii: ">")
            {
                position = index + 3
                return
            }
            index += 1
        }
        position = bytes.count
    }

    /// Past a start or end tag and its attributes, so that their values are never scanned as markup.
    private mutating func skipTag() {
        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            position += 1
        }
        while nextAttribute() != nil {}
        position += 1
    }

    private mutating func skip(to byte: UInt8) {
        while position < bytes.count, bytes[position] != byte { position += 1 }
        position += 1
    }

    private mutating func skipSpaces() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    /// `<` followed by a letter or by `/` and a letter opens a tag.
    private func isTagStart(at index: Int) -> Bool {
        if Self.isLetter(bytes[index]) { return true }
        return bytes[index] == UInt8(ascii: "/") && index + 1 < bytes.count && Self.isLetter(bytes[index + 1])
    }

    private func isSpaceOrSlash(_ byte: UInt8) -> Bool { Self.isSpace(byte) || byte == UInt8(ascii: "/") }

    static func isSpace(_ byte: UInt8) -> Bool { TextEncoding.isASCIIWhitespace(byte) }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Where `needle` (lower-case ASCII) starts in the already lower-cased `haystack`, from `start`.
    private static func firstIndex(of needle: StaticString, in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        let pointer = needle.utf8Start
        var index = start
        while index + count <= haystack.endIndex {
            var offset = 0
            while offset < count, lowercased(haystack[index + offset]) == pointer[offset] { offset += 1 }
            if offset == count { return index }
            index += 1
        }
        return nil
    }
}
