import CLibXML2

/// A non-owning view of a libxml2 node for hot loops: no reference counting and no `String` per access.
///
/// Valid only while the ``HTMLDocument`` that owns the node is alive; the metadata walk holds the
/// document for its whole duration. Names and text are read as the NUL-terminated UTF-8 bytes libxml2
/// stores (element and attribute names are already lowercase: the HTML parser folds them).
struct RawNode: Equatable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    var isText: Bool {
        pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// The element name's bytes, or nil for nodes without a name.
    var name: UnsafePointer<UInt8>? { pointer.pointee.name }

    /// A text node's bytes (not copied); nil for other nodes.
    var textBytes: UnsafePointer<UInt8>? { isText ? UnsafePointer(pointer.pointee.content) : nil }

    var firstChild: RawNode? { pointer.pointee.children.map(RawNode.init) }
    var nextSibling: RawNode? { pointer.pointee.next.map(RawNode.init) }

    /// The parent when it is an element (not the document node).
    var parent: RawNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return RawNode(parent)
    }

    /// The value of attribute `name` (copied; for the few look-ups outside the walk's attribute pass).
    func attribute(_ name: String) -> String? {
        guard isElement, let value = xmlGetProp(pointer, name) else { return nil }
        defer { storyline_xmlFree(value) }
        return CBytes.string(value)
    }

    /// All text under the node as libxml2 stores it (script bodies included).
    var allText: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { storyline_xmlFree(content) }
        return CBytes.string(content)
    }

    /// The element's kind for metadata purposes.
    var tag: MetadataTag { isElement ? MetadataTag(name: name) : .other }
}

/// Comparisons of NUL-terminated bytes (libxml2 strings) with literals, without making `String`s.
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
        Int(xmlStrlen(bytes))
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
