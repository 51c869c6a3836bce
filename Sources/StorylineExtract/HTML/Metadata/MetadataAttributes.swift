import CLibXML2

/// The attributes of one element that metadata reads, gathered in a single pass over its attribute list.
///
/// Values are libxml2's own NUL-terminated bytes (not copied), valid while the document lives. An
/// attribute written without a value reads as empty.
struct MetadataAttributes {
    var `class`: UnsafePointer<UInt8>?
    var id: UnsafePointer<UInt8>?
    var itemprop: UnsafePointer<UInt8>?
    var itemtype: UnsafePointer<UInt8>?
    var itemscope = false
    var rel: UnsafePointer<UInt8>?
    var name: UnsafePointer<UInt8>?
    var property: UnsafePointer<UInt8>?
    var httpEquiv: UnsafePointer<UInt8>?
    var content: UnsafePointer<UInt8>?
    var datetime: UnsafePointer<UInt8>?
    var href: UnsafePointer<UInt8>?
    var type: UnsafePointer<UInt8>?
    var pubdate = false
    var hidden = false

    // A one-byte NUL allocated once and never freed: the value of attributes written without one.
    nonisolated(unsafe) private static let empty: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    init(_ node: RawNode) {
        var attribute = node.pointer.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let key = current.pointee.name else { continue }
            let value = Self.value(of: current)
            func named(_ literal: StaticString) -> Bool { CBytes.equals(key, literal) }
            switch key[0] {
            case UInt8(ascii: "c"):
                if named("class") { self.class = value } else if named("content") { content = value }
            case UInt8(ascii: "d"): if named("datetime") { datetime = value }
            case UInt8(ascii: "h"):
                if named("href") {
                    href = value
                } else if named("http-equiv") {
                    httpEquiv = value
                } else if named("hidden") {
                    hidden = true
                }
            case UInt8(ascii: "i"):
                if named("id") {
                    id = value
                } else if named("itemprop") {
                    itemprop = value
                } else if named("itemtype") {
                    itemtype = value
                } else if named("itemscope") {
                    itemscope = true
                }
            case UInt8(ascii: "n"): if named("name") { name = value }
            case UInt8(ascii: "p"):
                if named("property") { property = value } else if named("pubdate") { pubdate = true }
            case UInt8(ascii: "r"): if named("rel") { rel = value }
            case UInt8(ascii: "t"): if named("type") { type = value }
            default: break
            }
        }
    }

    /// The attribute's text: its only text child's bytes, the empty string when it has none.
    private static func value(of attribute: UnsafeMutablePointer<xmlAttr>) -> UnsafePointer<UInt8> {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return empty }
        return UnsafePointer(content)
    }
}
