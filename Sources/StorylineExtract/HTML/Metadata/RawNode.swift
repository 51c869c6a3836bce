/// A non-owning view of one node of an ``HTMLDocument`` for hot loops: no reference counting and no
/// `String` per access.
///
/// Valid only while the document is alive; the metadata walk holds the document for its whole duration.
/// Names and text are read as the NUL-terminated UTF-8 bytes the document's arena stores (element and
/// attribute names are lowercase: the parser folds them).
struct RawNode: Equatable {
    unowned(unsafe) let document: HTMLDocument
    let index: Int

    init(_ index: Int, in document: HTMLDocument) {
        self.document = document
        self.index = index
    }

    /// Nodes of one document are equal when they are the same entry.
    static func == (lhs: RawNode, rhs: RawNode) -> Bool { lhs.index == rhs.index }

    var isElement: Bool { !document.arena.isText(index) }

    var isText: Bool { document.arena.isText(index) }

    /// A text node's bytes (not copied); nil for other nodes.
    var textBytes: UnsafePointer<UInt8>? { isText ? document.arena.textPointer(index) : nil }

    var firstChild: RawNode? {
        let child = document.arena.firstChild(index)
        return child >= 0 ? RawNode(child, in: document) : nil
    }

    var nextSibling: RawNode? {
        let sibling = document.arena.nextSibling(index)
        return sibling >= 0 ? RawNode(sibling, in: document) : nil
    }

    /// The parent element; nil at the root.
    var parent: RawNode? {
        let parent = Int(document.arena.parents[index])
        return parent >= 0 ? RawNode(parent, in: document) : nil
    }

    /// The value of attribute `name` (copied; for the few look-ups outside the walk's attribute pass).
    func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        var key = name
        let found = key.withUTF8 { document.arena.attribute(index, named: $0) }
        return found >= 0 ? String(decoding: document.arena.attributeValueBuffer(found), as: UTF8.self) : nil
    }

    /// All text under the node (a JSON-LD script's text included).
    var allText: String {
        let arena = document.arena
        let end = Int(arena.ends[index])
        var bytes: [UInt8] = []
        for node in index..<end where arena.isText(node) { bytes.append(contentsOf: arena.textBuffer(node)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The element's kind for metadata purposes.
    var tag: MetadataTag { MetadataTag(document.arena.tags[index]) }
}

/// Comparisons of NUL-terminated bytes (the arena's strings) with literals, without making `String`s.
enum CBytes {
    /// Whether `bytes` equal `literal` exactly.
    static func equals(_ bytes: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            // A shorter `bytes` stops at its NUL, which no literal byte equals.
            for index in 0..<expected.count where bytes[index] != expected[index] { return false }
            return bytes[expected.count] == 0
        }
    }

    /// Whether `bytes` equal `literal` ignoring ASCII case (`literal` is lowercase).
    static func equalsIgnoringCase(_ bytes: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { expected in
            for index in 0..<expected.count where lowercased(bytes[index]) != expected[index] { return false }
            return bytes[expected.count] == 0
        }
    }

    /// Whether `bytes` contain `literal` ignoring ASCII case (`literal` is lowercase and not empty).
    static func contains(_ bytes: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { needle in
            var start = 0
            while bytes[start] != 0 {
                var matched = 0
                while matched < needle.count, lowercased(bytes[start + matched]) == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
                start += 1
            }
            return false
        }
    }

    /// Whether `bytes` start with `literal`, ignoring ASCII case (`literal` is lowercase).
    static func hasPrefix(_ bytes: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { prefix in
            for index in 0..<prefix.count where lowercased(bytes[index]) != prefix[index] { return false }
            return true
        }
    }

    /// Whether the white-space separated tokens of `bytes` include `literal`, ignoring ASCII case.
    static func hasToken(_ bytes: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { token in
            var start = 0
            while bytes[start] != 0 {
                while bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
                var end = start
                while bytes[end] != 0, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
                if end - start == token.count {
                    var index = 0
                    while index < token.count, lowercased(bytes[start + index]) == token[index] { index += 1 }
                    if index == token.count { return true }
                }
                start = end
            }
            return false
        }
    }

    /// The number of bytes before the terminating NUL.
    static func length(_ bytes: UnsafePointer<UInt8>) -> Int {
        ByteScan.length(bytes)
    }

    /// The bytes as a `String` (invalid UTF-8 repaired).
    static func string(_ bytes: UnsafePointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes, count: length(bytes)), as: UTF8.self)
    }

    /// The byte with ASCII capitals folded to lowercase.
    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
