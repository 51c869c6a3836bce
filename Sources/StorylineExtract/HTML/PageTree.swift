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
    /// Whether `node` is `ancestor` or lies inside it (entries are in document order, each subtree
    /// ending at ``ends``).
    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        ancestor <= node && node < Int(ends[ancestor])
    }

    init(root: HTMLNode) {
        let document = root.document
        let arena = document.arena
        if document.classCategories.isEmpty {
            document.classCategories = [UInt16](repeating: UInt16.max, count: document.classValueCount)
        }
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
        var classBuffer = ArenaBuffer<UInt8>(capacity: 256)
        defer { classBuffer.deallocate() }
        // The entry of each element of the document's subtree (relative to `root`).
        var entries = [Int32](repeating: -1, count: capacity)
        // Open elements: where their subtree ends in the document, and their entry.
        var open: [(end: Int32, entry: Int32)] = []
        var textTotal = 0
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
                    textStarts.append(Int32(textTotal))
                    textLengths.append(Int32(length))
                    flags.append([])
                    classes.append([])
                    textTotal += length
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
            let (elementFlags, category) = Self.readAttributes(
                of: index, in: document, tag: tag, buffer: &classBuffer)
            flags.append(elementFlags)
            classes.append(category)
            if Int(arena.ends[index]) > index + 1 { open.append((arena.ends[index], entry)) }
            index += 1
        }
        for last in open { ends[Int(last.entry)] = Int32(tags.count) }
        // The text, copied in one go now that every entry's place in it is known.
        textBytes = [UInt8](unsafeUninitializedCapacity: textTotal) { buffer, initialized in
            for entry in 0..<tags.count where tags[entry] == .text {
                let source = arena.textBuffer(Int(nodes[entry]))
                (buffer.baseAddress! + Int(textStarts[entry])).initialize(
                    from: source.baseAddress!, count: source.count)
            }
            initialized = textTotal
        }
    }

    /// The flags and class categories of element `node`. Its class value's categories come from the
    /// document's cache (pages repeat their class strings); its id is matched on its own, which gives the
    /// same as matching `class id` together, since patterns never span a space.
    private static func readAttributes(
        of node: Int, in document: HTMLDocument, tag: HTMLTag, buffer: inout ArenaBuffer<UInt8>
    )
        -> (Flags, ClassPatternMatcher.Category)
    {
        let arena = document.arena
        var result: Flags = []
        var classCategories: UInt16 = 0
        var hasClassOrID = false
        buffer.removeLast(buffer.count)
        for attribute in arena.attributeRange(node) {
            let name = arena.attributeName(attribute)
            let value: UnsafePointer<UInt8>? = arena.attributeValue(attribute)
            switch name[0] {
            case UInt8(ascii: "c"):
                if Self.equals(name, "class") {
                    hasClassOrID = true
                    classCategories |= categories(ofClass: attribute, in: document, buffer: &buffer)
                }
            case UInt8(ascii: "i"):
                if name[1] == UInt8(ascii: "d") && name[2] == 0 {
                    hasClassOrID = true
                    appendLowercased(arena.attributeValueBuffer(attribute), to: &buffer)
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
        guard hasClassOrID else { return (result, []) }
        var categories = ClassPatternMatcher.Category(rawValue: classCategories)
        if buffer.count > 0 {
            categories.formUnion(
                ClassPatternMatcher.shared.categories(of: UnsafeBufferPointer(start: buffer.base, count: buffer.count)))
        }
        if categories.contains(.hiding) { result.insert(.hidden) }
        return (result, categories)
    }

    /// The categories of the value of `class` attribute record `attribute`, cached per distinct value.
    private static func categories(ofClass attribute: Int, in document: HTMLDocument, buffer: inout ArenaBuffer<UInt8>)
        -> UInt16
    {
        let arena = document.arena
        let id = Int(arena.attributes[attribute].classID)
        if id >= 0, id < document.classCategories.count, document.classCategories[id] != UInt16.max {
            return document.classCategories[id]
        }
        // Matched on its own in the buffer's spare room, then the buffer is left as it was.
        let mark = buffer.count
        appendLowercased(arena.attributeValueBuffer(attribute), to: &buffer)
        let start = mark == 0 ? 0 : mark + 1
        let found = ClassPatternMatcher.shared.categories(
            of: UnsafeBufferPointer(start: buffer.base + start, count: buffer.count - start)
        ).rawValue
        buffer.removeLast(buffer.count - mark)
        if id >= 0, id < document.classCategories.count { document.classCategories[id] = found }
        return found
    }

    /// Appends `value` lower-cased, white space as spaces, after a space when the buffer is not empty.
    private static func appendLowercased(_ value: UnsafeBufferPointer<UInt8>, to buffer: inout ArenaBuffer<UInt8>) {
        buffer.reserve(value.count + 1)
        var written = buffer.count
        let output = buffer.base
        if written > 0 {
            output[written] = 0x20
            written += 1
        }
        for byte in value {
            switch byte {
            case 0x41...0x5A: output[written] = byte + 0x20
            case 0x09, 0x0A, 0x0D, 0x0C: output[written] = 0x20
            default: output[written] = byte
            }
            written += 1
        }
        buffer.setCount(written)
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
        // Most styles say neither word: look for the `:` first, then match around it.
        guard strchr(value, UInt8(ascii: ":")) else { return false }
        return containsIgnoringSpaces(value, "display:none") || containsIgnoringSpaces(value, "visibility:hidden")
    }

    /// Whether `value` contains `pattern` (lower-case, no spaces) once spaces, tabs and line breaks are
    /// left out and ASCII case is ignored.
    static func containsIgnoringSpaces(_ value: UnsafePointer<UInt8>, _ pattern: StaticString) -> Bool {
        pattern.withUTF8Buffer { needle in
            var start = 0
            while value[start] != 0 {
                var position = start
                var matched = 0
                while matched < needle.count {
                    let byte = value[position]
                    if byte == 0 { return false }
                    position += 1
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                        if matched == 0 { break }
                        continue
                    }
                    if (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) != needle[matched] { break }
                    matched += 1
                }
                if matched == needle.count { return true }
                start += 1
            }
            return false
        }
    }

    private static func strchr(_ value: UnsafePointer<UInt8>, _ byte: UInt8) -> Bool {
        var pointer = value
        while pointer.pointee != 0 {
            if pointer.pointee == byte { return true }
            pointer += 1
        }
        return false
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
}
