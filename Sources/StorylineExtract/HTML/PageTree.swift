import CLibXML2

/// A page's body flattened into arrays for content extraction: one entry per element or text node,
/// in document order, with what the extractor needs precomputed.
///
/// Built in one iterative walk over libxml2's tree (no recursion, so any depth is safe). Scripts,
/// styles, embedded objects and form controls are left out entirely. Entry `i`'s subtree is the
/// entries `i ..< ends[i]`; `parents[i]` is its parent's entry (−1 at the root). Text lives in one
/// UTF-8 buffer. Nothing here creates a `String` per element.
struct PageTree {
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// `hidden`, `aria-hidden=true`, `display:none`, `visibility:hidden` or a hiding class.
        static let hidden = Flags(rawValue: 1)
        /// `itemprop=articleBody`.
        static let articleBody = Flags(rawValue: 2)
        /// An ARIA role of page chrome (navigation, banner, complementary …).
        static let chromeRole = Flags(rawValue: 4)
        /// An `<a>` with an `href`.
        static let link = Flags(rawValue: 8)
    }

    private(set) var tags: [HTMLTag] = []
    private(set) var parents: [Int32] = []
    private(set) var ends: [Int32] = []
    private(set) var pointers: [xmlNodePtr] = []
    private(set) var flags: [Flags] = []
    private(set) var classes: [ClassPatternMatcher.Category] = []
    /// For text entries: where the text starts in ``textBytes`` and how long it is.
    private(set) var textStarts: [Int32] = []
    private(set) var textLengths: [Int32] = []
    private(set) var textBytes: [UInt8] = []

    var count: Int { tags.count }

    /// The tree under `root` (normally `<body>`).
    init(root: xmlNodePtr) {
        var cache = TagCache()
        var classBuffer: [UInt8] = []
        classBuffer.reserveCapacity(256)
        var open: [Int32] = []
        var node: xmlNodePtr? = root
        var descending = true
        while let current = node {
            if descending {
                let type = current.pointee.type
                if type == XML_ELEMENT_NODE {
                    let tag = cache.tag(of: current)
                    if !tag.isNeverText {
                        let index = Int32(tags.count)
                        tags.append(tag)
                        parents.append(open.last ?? -1)
                        ends.append(0)
                        pointers.append(current)
                        textStarts.append(0)
                        textLengths.append(0)
                        let (elementFlags, category) = Self.readAttributes(of: current, tag: tag, buffer: &classBuffer)
                        flags.append(elementFlags)
                        classes.append(category)
                        if let child = current.pointee.children {
                            open.append(index)
                            node = child
                            continue
                        }
                        ends[Int(index)] = index + 1
                    }
                } else if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                    let length = Int(xmlStrlen(content))
                    if length > 0 {
                        tags.append(.text)
                        parents.append(open.last ?? -1)
                        ends.append(Int32(tags.count))
                        pointers.append(current)
                        textStarts.append(Int32(textBytes.count))
                        textLengths.append(Int32(length))
                        flags.append([])
                        classes.append([])
                        textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
                    }
                }
            }
            // Next: the sibling, or climb until one has a sibling.
            if current == root { break }
            if let sibling = current.pointee.next {
                node = sibling
                descending = true
                continue
            }
            guard let parent = current.pointee.parent else { break }
            if let closing = open.last, pointers[Int(closing)] == parent {
                ends[Int(closing)] = Int32(tags.count)
                open.removeLast()
            }
            node = parent
            descending = false
        }
        for index in open { ends[Int(index)] = Int32(tags.count) }
        if ends.first == 0 { ends[0] = Int32(tags.count) }
    }

    /// Maps libxml2's interned element names to tags without making a `String` per element.
    private struct TagCache {
        var known: [UnsafeRawPointer: HTMLTag] = [:]

        mutating func tag(of node: xmlNodePtr) -> HTMLTag {
            guard let name = node.pointee.name else { return .other }
            let key = UnsafeRawPointer(name)
            if let tag = known[key] { return tag }
            let tag = HTMLTag.byName[String(cString: name).lowercased()] ?? .other
            known[key] = tag
            return tag
        }
    }

    private static func readAttributes(of node: xmlNodePtr, tag: HTMLTag, buffer: inout [UInt8])
        -> (Flags, ClassPatternMatcher.Category)
    {
        var result: Flags = []
        buffer.removeAll(keepingCapacity: true)
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let name = current.pointee.name else { continue }
            let value = current.pointee.children?.pointee.content
            switch name[0] {
            case UInt8(ascii: "c"):
                if Self.equals(name, "class"), let value { appendLowercased(value, to: &buffer) }
            case UInt8(ascii: "i"):
                if name[1] == UInt8(ascii: "d") && name[2] == 0, let value {
                    appendLowercased(value, to: &buffer)
                } else if Self.equals(name, "itemprop"), let value, Self.equalsIgnoringCase(value, "articlebody") {
                    result.insert(.articleBody)
                }
            case UInt8(ascii: "h"):
                if Self.equals(name, "hidden") {
                    result.insert(.hidden)
                } else if tag == .a && Self.equals(name, "href") {
                    result.insert(.link)
                }
            case UInt8(ascii: "a"):
                if Self.equals(name, "aria-hidden"), let value, Self.equalsIgnoringCase(value, "true") { result.insert(.hidden) }
            case UInt8(ascii: "r"):
                if Self.equals(name, "role"), let value, isChromeRole(value) { result.insert(.chromeRole) }
            case UInt8(ascii: "s"):
                if Self.equals(name, "style"), let value, hidesElement(style: value) { result.insert(.hidden) }
            default:
                break
            }
        }
        guard !buffer.isEmpty else { return (result, []) }
        let categories = buffer.withUnsafeBufferPointer { ClassPatternMatcher.shared.categories(of: $0) }
        if categories.contains(.hiding) { result.insert(.hidden) }
        return (result, categories)
    }

    private static func appendLowercased(_ value: UnsafePointer<xmlChar>, to buffer: inout [UInt8]) {
        if !buffer.isEmpty { buffer.append(0x20) }
        var pointer = value
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            switch byte {
            case 0x41...0x5A: buffer.append(byte + 0x20)
            case 0x09, 0x0A, 0x0D, 0x0C: buffer.append(0x20)
            default: buffer.append(byte)
            }
            pointer += 1
        }
    }

    static let chromeRoles: [String] = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar", "tablist", "button",
    ]

    private static func isChromeRole(_ value: UnsafePointer<xmlChar>) -> Bool {
        chromeRoles.contains { equalsIgnoringCase(value, $0) }
    }

    /// Whether an inline style says `display:none` or `visibility:hidden` (spaces and case ignored).
    static func hidesElement(style value: UnsafePointer<xmlChar>) -> Bool {
        var compact: [UInt8] = []
        var pointer = value
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                compact.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            pointer += 1
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    /// Whether the C string `value` is `text` exactly.
    static func equals(_ value: UnsafePointer<xmlChar>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            for index in 0..<expected.count where value[index] != expected[index] { return false }
            return value[expected.count] == 0
        }
    }

    /// Whether the C string `value` is `text` (lower-case ASCII) ignoring ASCII case and surrounding spaces.
    static func equalsIgnoringCase(_ value: UnsafePointer<xmlChar>, _ text: String) -> Bool {
        var pointer = value
        while pointer.pointee == 0x20 { pointer += 1 }
        for expected in text.utf8 {
            let byte = pointer.pointee
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lowered != expected { return false }
            pointer += 1
        }
        while pointer.pointee == 0x20 { pointer += 1 }
        return pointer.pointee == 0
    }

    static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard haystack.count >= count else { return false }
        return needle.withUTF8Buffer { pattern in
            for start in 0...(haystack.count - count) {
                var index = 0
                while index < count && haystack[start + index] == pattern[index] { index += 1 }
                if index == count { return true }
            }
            return false
        }
    }
}
