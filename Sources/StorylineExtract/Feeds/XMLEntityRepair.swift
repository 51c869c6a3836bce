import CLibXML2

/// Rewrites the HTML named character references that feeds use without declaring them (`&nbsp;`,
/// `&eacute;`, `&rsquo;`; XML itself knows only `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&apos;`) as numeric
/// references, so that libxml2 keeps the characters instead of dropping the undefined entities.
///
/// Nothing is expanded: each reference becomes exactly one character. CDATA sections and comments are
/// left as they are, and so is any name the document declares in its own DTD.
enum XMLEntityRepair {
    /// The repaired bytes, or nil when there is nothing to repair.
    static func repaired(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.contains(UInt8(ascii: "&")) else { return nil }
        let declared = declaredEntities(in: bytes)
        var output: [UInt8]?
        var copied = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if let end = skipSection(in: bytes, at: index) {
                    index = end
                    continue
                }
            } else if byte == UInt8(ascii: "&"), let (name, end) = referenceName(in: bytes, at: index),
                !predefined.contains(name), !declared.contains(name), let value = htmlCharacter(named: name)
            {
                if output == nil {
                    output = []
                    output?.reserveCapacity(bytes.count + 64)
                }
                output! += bytes[copied..<index]
                output! += Array("&#\(value);".utf8)
                copied = end
                index = end
                continue
            }
            index += 1
        }
        guard var repaired = output else { return nil }
        repaired += bytes[copied...]
        return repaired
    }

    private static let predefined = Set(["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) })

    /// The end of a CDATA section or comment starting at `index`, or nil when none starts there.
    private static func skipSection(in bytes: [UInt8], at index: Int) -> Int? {
        for (open, close) in [("<![CDATA[", "]]>"), ("<!--", "-->")] {
            let opening = Array(open.utf8)
            guard bytes[index...].starts(with: opening) else { continue }
            let closing = Array(close.utf8)
            guard let end = FeedSniffer.firstRange(of: closing, in: bytes, from: index + opening.count) else {
                return bytes.count
            }
            return end + closing.count
        }
        return nil
    }

    /// `name` in `&name;` at `index`, and the index just past the `;`.
    private static func referenceName(in bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
        var end = index + 1
        guard end < bytes.count, isLetter(bytes[end]) else { return nil }
        while end < bytes.count, end - index <= 32, isLetter(bytes[end]) || (bytes[end] >= 0x30 && bytes[end] <= 0x39) {
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        return (Array(bytes[(index + 1)..<end]), end + 1)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func htmlCharacter(named name: [UInt8]) -> UInt32? {
        (name + [0]).withUnsafeBufferPointer { htmlEntityLookup($0.baseAddress)?.pointee.value }
    }

    /// The names of the general entities the document declares (`<!ENTITY name …>`).
    private static func declaredEntities(in bytes: [UInt8]) -> Set<[UInt8]> {
        var names: Set<[UInt8]> = []
        let marker = Array("<!ENTITY".utf8)
        var index = 0
        while let found = FeedSniffer.firstRange(of: marker, in: bytes, from: index) {
            var start = found + marker.count
            while start < bytes.count, FeedSniffer.isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !FeedSniffer.isSpace(bytes[end]) { end += 1 }
            if start < end { names.insert(Array(bytes[start..<end])) }
            index = end
        }
        return names
    }
}
