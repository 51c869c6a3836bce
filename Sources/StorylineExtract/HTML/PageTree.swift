/// A page's body flattened into arrays for content extraction: one entry per element or text node,
/// in document order, with what the extractor needs precomputed.
///
/// Built in one pass over the document's arena (no recursion, so any depth is safe). Scripts,
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
    /// Each entry's node in the ``HTMLDocument`` (its index in the document's arena).
    private(set) var nodes: [Int32] = []
    private(set) var flags: [Flags] = []
    private(set) var classes: [ClassPatternMatcher.Category] = []
    /// For text entries: where the text starts in ``textBytes`` and how long it is.
    private(set) var textStarts: [Int32] = []
    private(set) var textLengths: [Int32] = []
    private(set) var textBytes: [UInt8] = []

    var count: Int { tags.count }

    /// The tree under `root` (normally `<body>`).
    init(root: HTMLNode) {
        let arena = root.document.arena
        let rootIndex = Int(root.index)
        let end = Int(arena.ends[rootIndex])
        let capacity = end - rootIndex
        tags.reserveCapacity(capacity)
        parents.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        nodes.reserveCapacity(capacity)
        flags.reserveCapacity(capacity)
        classes.reserveCapacity(capacity)
        textStarts.reserveCapacity(capacity)
        textLengths.reserveCapacity(capacity)
        var classBuffer: [UInt8] = []
        classBuffer.reserveCapacity(256)
        // The entry of each element of the document's subtree (relative to `root`).
        var entries = [Int32](repeating: -1, count: capacity)
        // Open elements: where their subtree ends in the document, and their entry.
        var open: [(end: Int32, entry: Int32)] = []
        var index = rootIndex
        while index < end {
            while let last = open.last, Int(last.end) <= index {
                ends[Int(last.entry)] = Int32(tags.count)
                open.removeLast()
            }
            let tag = arena.tags[index]
            let parent = index == rootIndex ? -1 : entries[Int(arena.parents[index]) - rootIndex]
            if tag == .text {
                let length = Int(arena.lengths[index])
                if length > 0 {
                    tags.append(.text)
                    parents.append(parent)
                    ends.append(Int32(tags.count))
                    nodes.append(Int32(index))
                    textStarts.append(Int32(textBytes.count))
                    textLengths.append(Int32(length))
                    flags.append([])
                    classes.append([])
                    textBytes.append(contentsOf: arena.textBuffer(index))
                }
                index += 1
                continue
            }
            if tag.isNeverText {
                index = Int(arena.ends[index])
                continue
            }
            let entry = Int32(tags.count)
            entries[index - rootIndex] = entry
            tags.append(tag)
            parents.append(parent)
            ends.append(entry + 1)
            nodes.append(Int32(index))
            textStarts.append(0)
            textLengths.append(0)
            let (elementFlags, category) = Self.readAttributes(of: index, in: arena, tag: tag, buffer: &classBuffer)
            flags.append(elementFlags)
            classes.append(category)
            if Int(arena.ends[index]) > index + 1 { open.append((arena.ends[index], entry)) }
            index += 1
        }
        for last in open { ends[Int(last.entry)] = Int32(tags.count) }
    }

    private static func readAttributes(of node: Int, in arena: HTMLArena, tag: HTMLTag, buffer: inout [UInt8])
        -> (Flags, ClassPatternMatcher.Category)
    {
        var result: Flags = []
        buffer.removeAll(keepingCapacity: true)
        for attribute in arena.attributeRange(node) {
            let name = arena.attributeName(attribute)
            let value: UnsafePointer<UInt8>? = arena.attributeValue(attribute)
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
                if Self.equals(name, "aria-hidden"), let value, Self.equalsIgnoringCase(value, "true") {
                    result.insert(.hidden)
                }
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

    private static func appendLowercased(_ value: UnsafePointer<UInt8>, to buffer: inout [UInt8]) {
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

    private static func isChromeRole(_ value: UnsafePointer<UInt8>) -> Bool {
        chromeRoles.contains { equalsIgnoringCase(value, $0) }
    }

    /// Whether an inline style says `display:none` or `visibility:hidden` (spaces and case ignored).
    static func hidesElement(style value: UnsafePointer<UInt8>) -> Bool {
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
    static func equals(_ value: UnsafePointer<UInt8>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            for index in 0..<expected.count where value[index] != expected[index] { return false }
            return value[expected.count] == 0
        }
    }

    /// Whether the C string `value` is `text` (lower-case ASCII) ignoring ASCII case and surrounding spaces.
    static func equalsIgnoringCase(_ value: UnsafePointer<UInt8>, _ text: String) -> Bool {
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
