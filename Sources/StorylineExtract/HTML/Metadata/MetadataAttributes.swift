/// The attributes of one element that metadata reads, gathered in a single pass over its attribute list.
///
/// Values are the document arena's own NUL-terminated bytes (not copied), valid while the document
/// lives. An attribute written without a value reads as empty.
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
    var title: UnsafePointer<UInt8>?
    var pubdate = false
    var hidden = false
    /// The class value's id among the page's distinct class values (−1 without a class).
    var classID: Int32 = -1

    init(_ node: RawNode) {
        let arena = node.document.arena
        for attribute in arena.attributeRange(node.index) {
            let key = arena.attributeName(attribute)
            let value = arena.attributeValue(attribute)
            func named(_ literal: StaticString) -> Bool { CBytes.equals(key, literal) }
            switch key[0] {
            case UInt8(ascii: "c"):
                if named("class") {
                    self.class = value
                    classID = arena.attributes[attribute].classID
                } else if named("content") {
                    content = value
                }
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
            case UInt8(ascii: "t"):
                if named("type") {
                    type = value
                } else if named("title") {
                    title = value
                }
            default: break
            }
        }
    }
}
