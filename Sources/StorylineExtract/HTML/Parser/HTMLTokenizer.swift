/// One pass over a page's UTF-8 bytes that feeds ``HTMLTreeBuilder``: text with character references
/// decoded, start tags with lower-cased names and their attributes, end tags; comments, doctypes and
/// processing instructions are skipped.
///
/// Follows the HTML Standard's tokenizer (§13.2.5) in what changes the tree: tag names end at white space,
/// `/` or `>`; attribute values quoted with `"` or `'` or unquoted, names without values, the first of
/// duplicate names wins; `<` not followed by a letter, `/` or `!` is text; `</>` is dropped; a comment
/// runs to `-->` (or `--!>`), `<!-->` and `<!--->` are empty; `<![CDATA[ … ]]>` is text in SVG and MathML
/// and a comment elsewhere; raw-text elements end at their own end tag, found ignoring case; a tag cut off
/// by the end of the input is dropped. NUL bytes are dropped from text and become U+FFFD in attribute values.
///
/// Text runs are found eight bytes at a time and long scans (quoted values, raw text, comments) use
/// `memchr`. Nothing here recurses.
struct HTMLTokenizer {
    private let input: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var position = 0
    private(set) var builder: HTMLTreeBuilder
    /// Where the text not yet handed to the builder starts in the arena's text buffer.
    private var pendingText = 0
    private var tagName: ArenaBuffer<UInt8>
    /// The page's distinct `class` values.
    private(set) var classValues = ClassValueTable()
    /// For raw-text elements whose end tag was searched for and not found: the position searched from.
    private var missingEndTag = [Int](repeating: Int.max, count: Int(KnownElement.count))

    /// Attributes past this many on one element are dropped (their duplicate check is quadratic).
    static let maximumAttributes = 512

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        end = input.count
        builder = HTMLTreeBuilder(expectedBytes: input.count)
        tagName = ArenaBuffer(capacity: 64)
    }

    /// Tokenizes the whole input and closes the tree.
    mutating func run() {
        defer { tagName.deallocate() }
        while position < end {
            let stop = nextSpecialByte(from: position)
            if stop > position { builder.arena.text.append(input.baseAddress! + position, count: stop - position) }
            position = stop
            guard position < end else { break }
            switch input[position] {
            case UInt8(ascii: "&"):
                if let after = CharacterReference.decode(
                    input, at: position, end: end, inAttribute: false, into: &builder.arena.text)
                {
                    position = after
                } else {
                    builder.arena.text.append(UInt8(ascii: "&"))
                    position += 1
                }
            case 0:
                position += 1
            default:
                tagOpen()
            }
        }
        flushText()
        builder.finish()
    }

    /// The first `<`, `&` or NUL at or after `start`, or `end`.
    @inline(__always)
    private func nextSpecialByte(from start: Int) -> Int {
        var index = start
        let base = input.baseAddress!
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let found =
                ByteScan.zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C) | ByteScan.zeroBytes(word ^ 0x2626_2626_2626_2626)
                | ByteScan.zeroBytes(word)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == 0x3C || byte == 0x26 || byte == 0 { return index }
            index += 1
        }
        return end
    }

    /// Hands the text gathered since the last tag to the builder.
    @inline(__always)
    private mutating func flushText() {
        let count = builder.arena.text.count
        if count > pendingText { builder.characters(start: pendingText, length: count - pendingText) }
        pendingText = builder.arena.text.count
    }

    // MARK: Tags

    private mutating func tagOpen() {
        let next = position + 1
        guard next < end else {
            builder.arena.text.append(UInt8(ascii: "<"))
            position = end
            return
        }
        let byte = input[next]
        if Self.isLetter(byte) {
            startTag()
        } else if byte == UInt8(ascii: "/") {
            let after = next + 1
            if after < end, Self.isLetter(input[after]) {
                endTag()
            } else if after < end, input[after] == UInt8(ascii: ">") {
                position = after + 1
            } else if after >= end {
                builder.arena.text.append(UInt8(ascii: "<"))
                builder.arena.text.append(UInt8(ascii: "/"))
                position = end
            } else {
                skipBogusComment(from: after)
            }
        } else if byte == UInt8(ascii: "!") {
            markupDeclaration(at: next + 1)
        } else if byte == UInt8(ascii: "?") {
            skipBogusComment(from: next)
        } else {
            builder.arena.text.append(UInt8(ascii: "<"))
            position = next
        }
    }

    /// Reads a tag name from `start` into ``tagName`` (lower-cased); returns where it ends.
    @inline(__always)
    private mutating func readTagName(from start: Int) -> Int {
        tagName.removeLast(tagName.count)
        var index = start
        while index < end {
            let byte = input[index]
            if Self.endsName(byte) { break }
            if byte != 0 { tagName.append(Self.lowercased(byte)) }
            index += 1
        }
        return index
    }

    private mutating func startTag() {
        var index = readTagName(from: position + 1)
        let attributesStart = builder.arena.attributes.count
        var selfClosing = false
        var complete = false
        while index < end {
            let byte = input[index]
            if Self.isWhitespace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ">") {
                index += 1
                complete = true
                break
            }
            if byte == UInt8(ascii: "/") {
                index += 1
                if index < end, input[index] == UInt8(ascii: ">") {
                    selfClosing = true
                    index += 1
                    complete = true
                    break
                }
                continue
            }
            guard let after = attribute(at: index, firstOfTag: attributesStart) else { break }
            index = after
        }
        guard complete else {
            // A tag cut off by the end of the input is dropped.
            builder.arena.attributes.removeLast(builder.arena.attributes.count - attributesStart)
            position = end
            return
        }
        position = index
        flushText()
        let name = builder.names.id(of: UnsafeBufferPointer(start: tagName.base, count: tagName.count))
        let attributes = Int32(attributesStart)..<Int32(builder.arena.attributes.count)
        let content = builder.startTag(name, attributes: attributes, selfClosing: selfClosing)
        if content != .markup { rawText(content, name: name, attributes: attributes) }
    }

    /// Reads one attribute at `start` (not white space, `/` or `>`); returns the position after it, or nil
    /// when the input ends inside it.
    private mutating func attribute(at start: Int, firstOfTag: Int) -> Int? {
        var index = start + 1
        while index < end, !Self.endsAttributeName(input[index]) { index += 1 }
        let nameEnd = index
        while index < end, Self.isWhitespace(input[index]) { index += 1 }
        var valueStart = index
        var valueEnd = index
        if index < end, input[index] == UInt8(ascii: "=") {
            index += 1
            while index < end, Self.isWhitespace(input[index]) { index += 1 }
            guard index < end else { return nil }
            let quote = input[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                valueStart = index + 1
                valueEnd = ByteScan.find(quote, in: input, from: valueStart, to: end)
                guard valueEnd < end else { return nil }
                index = valueEnd + 1
            } else {
                valueStart = index
                while index < end, !Self.isWhitespace(input[index]), input[index] != UInt8(ascii: ">") { index += 1 }
                valueEnd = index
            }
        }
        storeAttribute(name: start..<nameEnd, value: valueStart..<valueEnd, firstOfTag: firstOfTag)
        return index
    }

    private mutating func storeAttribute(name: Range<Int>, value: Range<Int>, firstOfTag: Int) {
        guard builder.arena.attributes.count - firstOfTag < Self.maximumAttributes else { return }
        let nameStart = builder.arena.attributeBytes.count
        builder.arena.attributeBytes.appendLowercased(input.baseAddress! + name.lowerBound, count: name.count)
        let nameLength = builder.arena.attributeBytes.count - nameStart
        // The first of duplicate attributes wins.
        let stored = builder.arena.attributeBytes.base
        for attribute in firstOfTag..<builder.arena.attributes.count {
            let record = builder.arena.attributes[attribute]
            if Int(record.nameLength) == nameLength,
                ByteScan.equal(stored + Int(record.nameStart), stored + nameStart, count: nameLength)
            {
                builder.arena.attributeBytes.removeLast(nameLength)
                return
            }
        }
        builder.arena.attributeBytes.append(0)
        var valueStart = builder.arena.attributeBytes.count
        Self.appendDecoded(input, value, inAttribute: true, into: &builder.arena.attributeBytes)
        let valueLength = builder.arena.attributeBytes.count - valueStart
        var classID: Int32 = -1
        if Self.isClass(builder.arena.attributeBytes.base + nameStart, nameLength) {
            // A class value the page used before points at its first copy.
            let interned = classValues.intern(builder.arena.attributeBytes.base, start: valueStart, length: valueLength)
            classID = interned.id
            if interned.start != valueStart {
                builder.arena.attributeBytes.removeLast(valueLength)
                valueStart = interned.start
            } else {
                builder.arena.attributeBytes.append(0)
            }
        } else {
            builder.arena.attributeBytes.append(0)
        }
        builder.arena.attributes.append(
            HTMLArena.Attribute(
                nameStart: Int32(nameStart), nameLength: Int32(nameLength), valueStart: Int32(valueStart),
                valueLength: Int32(valueLength), classID: classID))
    }

    @inline(__always)
    private static func isClass(_ name: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        length == 5 && name[0] == 0x63 && name[1] == 0x6C && name[2] == 0x61 && name[3] == 0x73 && name[4] == 0x73
    }

    private mutating func endTag() {
        let nameEnd = readTagName(from: position + 2)
        let close = ByteScan.find(UInt8(ascii: ">"), in: input, from: nameEnd, to: end)
        guard close < end else {
            position = end
            return
        }
        position = close + 1
        flushText()
        let name = builder.names.id(of: UnsafeBufferPointer(start: tagName.base, count: tagName.count))
        builder.endTag(name)
    }

    // MARK: Comments and declarations

    /// After `<!`: a comment, a CDATA section, a doctype or another declaration (skipped up to `>`).
    private mutating func markupDeclaration(at start: Int) {
        if start + 1 < end, input[start] == UInt8(ascii: "-"), input[start + 1] == UInt8(ascii: "-") {
            skipComment(from: start + 2)
        } else if start + 7 <= end, builder.inForeignContent, matches("[CDATA[", at: start, ignoringCase: false) {
            let contentStart = start + 7
            var close = contentStart
            while true {
                close = ByteScan.find(UInt8(ascii: ">"), in: input, from: close, to: end)
                if close == end || (close >= contentStart + 2 && input[close - 1] == 0x5D && input[close - 2] == 0x5D) {
                    break
                }
                close += 1
            }
            let contentEnd = close == end ? end : close - 2
            Self.appendDecoded(input, contentStart..<contentEnd, inAttribute: nil, into: &builder.arena.text)
            position = close == end ? end : close + 1
        } else {
            skipBogusComment(from: start)
        }
    }

    /// Skips a comment whose text starts at `start` (after `<!--`).
    private mutating func skipComment(from start: Int) {
        if start < end, input[start] == UInt8(ascii: ">") {
            position = start + 1
            return
        }
        if start + 1 < end, input[start] == UInt8(ascii: "-"), input[start + 1] == UInt8(ascii: ">") {
            position = start + 2
            return
        }
        var index = start
        while true {
            let close = ByteScan.find(UInt8(ascii: ">"), in: input, from: index, to: end)
            guard close < end else {
                position = end
                return
            }
            if close - 2 >= start, input[close - 1] == UInt8(ascii: "-"), input[close - 2] == UInt8(ascii: "-") {
                position = close + 1
                return
            }
            if close - 3 >= start, input[close - 1] == UInt8(ascii: "!"), input[close - 2] == UInt8(ascii: "-"),
                input[close - 3] == UInt8(ascii: "-")
            {
                position = close + 1
                return
            }
            index = close + 1
        }
    }

    private mutating func skipBogusComment(from start: Int) {
        let close = ByteScan.find(UInt8(ascii: ">"), in: input, from: start, to: end)
        position = close < end ? close + 1 : end
    }

    // MARK: Raw text

    /// The content of a raw-text element just opened: up to its end tag, kept as text or skipped.
    private mutating func rawText(_ content: HTMLTreeBuilder.Content, name: UInt16, attributes: Range<Int32>) {
        let contentStart = position
        if content == .plaintext {
            Self.appendDecoded(input, contentStart..<end, inAttribute: nil, into: &builder.arena.text)
            position = end
            flushRawText()
            return
        }
        let endTag = findEndTag(of: name, from: contentStart)
        let contentEnd: Int
        switch endTag {
        case .some(let found):
            contentEnd = found.start
            position = found.end
        case .none:
            // A script or style runs to the end of the input; other raw-text elements without an end tag
            // are taken to be empty, and what follows is read as markup (nothing visible is swallowed).
            guard content == .script || name == KnownElement.style.id else {
                builder.closeRawTextElement()
                return
            }
            contentEnd = end
            position = end
        }
        switch content {
        case .keptRawText:
            Self.appendDecoded(input, contentStart..<contentEnd, inAttribute: nil, into: &builder.arena.text)
        case .escapableRawText:
            Self.appendDecoded(input, contentStart..<contentEnd, inAttribute: false, into: &builder.arena.text)
        case .script where isJSONLD(attributes):
            Self.appendDecoded(input, contentStart..<contentEnd, inAttribute: nil, into: &builder.arena.text)
        default:
            break
        }
        flushRawText()
        builder.closeRawTextElement()
    }

    private mutating func flushRawText() {
        let count = builder.arena.text.count
        if count > pendingText { builder.rawText(start: pendingText, length: count - pendingText) }
        pendingText = builder.arena.text.count
    }

    /// The `</name` (any case) followed by white space, `/` or `>` at or after `start`, up to its `>`.
    private mutating func findEndTag(of name: UInt16, from start: Int) -> (start: Int, end: Int)? {
        let slot = Int(name)
        if slot < missingEndTag.count, missingEndTag[slot] <= start { return nil }
        let nameBytes = builder.names.name(of: name)
        var index = start
        while true {
            let open = ByteScan.find(UInt8(ascii: "<"), in: input, from: index, to: end)
            guard open < end else { break }
            let after = open + 2 + nameBytes.count
            if after <= end, input[open + 1] == UInt8(ascii: "/"), matches(nameBytes, at: open + 2) {
                if after == end { return (open, end) }
                let byte = input[after]
                if Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") {
                    let close = ByteScan.find(UInt8(ascii: ">"), in: input, from: after, to: end)
                    return (open, close < end ? close + 1 : end)
                }
            }
            index = open + 1
        }
        if slot < missingEndTag.count { missingEndTag[slot] = start }
        return nil
    }

    /// Whether a script's attributes say it holds JSON-LD (`type` contains `ld+json`).
    private func isJSONLD(_ attributes: Range<Int32>) -> Bool {
        let arena = builder.arena
        for attribute in attributes {
            let name = arena.attributeNameBuffer(Int(attribute))
            guard name.count == 4, name[0] == 0x74, name[1] == 0x79, name[2] == 0x70, name[3] == 0x65 else { continue }
            return CBytes.contains(arena.attributeValue(Int(attribute)), "ld+json")
        }
        return false
    }

    // MARK: Bytes

    /// Copies `range` of the input to `output`: character references decoded unless `inAttribute` is nil
    /// (raw text), NUL bytes replaced by U+FFFD.
    private static func appendDecoded(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, inAttribute: Bool?,
        into output: inout ArenaBuffer<UInt8>
    ) {
        var index = range.lowerBound
        let stop = range.upperBound
        let base = input.baseAddress!
        while index < stop {
            let run = ByteScan.find(0, or: inAttribute == nil ? 0 : 0x26, in: base, from: index, to: stop)
            output.append(base + index, count: run - index)
            index = run
            guard index < stop else { break }
            if base[index] == 0 {
                CharacterReference.appendUTF8(0xFFFD, to: &output)
                index += 1
            } else if let inAttribute,
                let after = CharacterReference.decode(
                    input, at: index, end: stop, inAttribute: inAttribute, into: &output)
            {
                index = after
            } else {
                output.append(0x26)
                index += 1
            }
        }
    }

    /// Whether the input at `start` is `bytes` (lower-case), ignoring ASCII case.
    private func matches(_ bytes: [UInt8], at start: Int) -> Bool {
        guard start + bytes.count <= end else { return false }
        for (offset, byte) in bytes.enumerated() where Self.lowercased(input[start + offset]) != byte { return false }
        return true
    }

    private func matches(_ literal: StaticString, at start: Int, ignoringCase: Bool) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= end else { return false }
        return literal.withUTF8Buffer { expected in
            for offset in 0..<count {
                let byte = ignoringCase ? Self.lowercased(input[start + offset]) : input[start + offset]
                if byte != expected[offset] { return false }
            }
            return true
        }
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D
    }

    @inline(__always) private static func endsName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    @inline(__always) private static func endsAttributeName(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
    }
}
