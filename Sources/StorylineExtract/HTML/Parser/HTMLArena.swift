/// A parsed page as flat arrays: one entry per element or text node, in document order.
///
/// Entry `i`'s subtree is the entries `i ..< ends[i]`, so its first child is `i + 1` (when
/// `ends[i] > i + 1`) and its next sibling `ends[i]` (when that is still inside the parent). For an
/// element, `starts[i]` and `lengths[i]` are its first attribute and attribute count in ``attributes``;
/// for a text node, where its UTF-8 bytes start in ``text`` and how many there are. Every text, attribute
/// name and attribute value is followed by a NUL in its byte buffer, so hot loops can read them as C
/// strings; the parser never stores a NUL inside one (a NUL in the page becomes U+FFFD or is dropped).
///
/// Built by ``HTMLTreeBuilder`` in manually managed buffers that never move once parsing is done;
/// ``HTMLDocument`` owns them and frees them when it goes.
struct HTMLArena {
    /// One attribute: its name and value as offsets and lengths in ``attributeBytes``.
    struct Attribute {
        var nameStart: Int32
        var nameLength: Int32
        var valueStart: Int32
        var valueLength: Int32
        /// For a `class` attribute, its value's id among the page's distinct class values; −1 otherwise.
        var classID: Int32 = -1
    }

    var tags = ArenaBuffer<HTMLTag>(capacity: 1024)
    /// Element name ids (``HTMLNameTable``); 0 for text nodes.
    var names = ArenaBuffer<UInt16>(capacity: 1024)
    /// The parent's entry; −1 for the root `<html>`.
    var parents = ArenaBuffer<Int32>(capacity: 1024)
    var ends = ArenaBuffer<Int32>(capacity: 1024)
    var starts = ArenaBuffer<Int32>(capacity: 1024)
    var lengths = ArenaBuffer<Int32>(capacity: 1024)
    var attributes = ArenaBuffer<Attribute>(capacity: 1024)
    var attributeBytes = ArenaBuffer<UInt8>(capacity: 16 * 1024)
    var text = ArenaBuffer<UInt8>(capacity: 16 * 1024)

    init(expectedBytes: Int) {
        // Pages run about one node per 40 bytes and a third of their bytes as text (measured on WCXB).
        let nodes = max(1024, expectedBytes / 40)
        tags = ArenaBuffer(capacity: nodes)
        names = ArenaBuffer(capacity: nodes)
        parents = ArenaBuffer(capacity: nodes)
        ends = ArenaBuffer(capacity: nodes)
        starts = ArenaBuffer(capacity: nodes)
        lengths = ArenaBuffer(capacity: nodes)
        text = ArenaBuffer(capacity: max(16 * 1024, expectedBytes / 3))
    }

    var count: Int { tags.count }

    func deallocate() {
        tags.deallocate()
        names.deallocate()
        parents.deallocate()
        ends.deallocate()
        starts.deallocate()
        lengths.deallocate()
        attributes.deallocate()
        attributeBytes.deallocate()
        text.deallocate()
    }

    // MARK: Reading

    @inline(__always) func isText(_ index: Int) -> Bool { tags[index] == .text }

    /// The first child of `index`, or −1.
    @inline(__always) func firstChild(_ index: Int) -> Int {
        Int(ends[index]) > index + 1 ? index + 1 : -1
    }

    /// The next sibling of `index`, or −1.
    @inline(__always) func nextSibling(_ index: Int) -> Int {
        let parent = Int(parents[index])
        guard parent >= 0 else { return -1 }
        let next = Int(ends[index])
        return next < Int(ends[parent]) ? next : -1
    }

    /// A text node's bytes, NUL-terminated.
    @inline(__always) func textPointer(_ index: Int) -> UnsafePointer<UInt8> {
        UnsafePointer(text.base + Int(starts[index]))
    }

    /// A text node's bytes, without the NUL.
    @inline(__always) func textBuffer(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.base + Int(starts[index]), count: Int(lengths[index]))
    }

    /// The attribute records of element `index`.
    @inline(__always) func attributeRange(_ index: Int) -> Range<Int> {
        guard tags[index] != .text else { return 0..<0 }
        let start = Int(starts[index])
        return start..<start + Int(lengths[index])
    }

    @inline(__always) func attributeName(_ attribute: Int) -> UnsafePointer<UInt8> {
        UnsafePointer(attributeBytes.base + Int(attributes[attribute].nameStart))
    }

    @inline(__always) func attributeValue(_ attribute: Int) -> UnsafePointer<UInt8> {
        UnsafePointer(attributeBytes.base + Int(attributes[attribute].valueStart))
    }

    @inline(__always) func attributeNameBuffer(_ attribute: Int) -> UnsafeBufferPointer<UInt8> {
        let record = attributes[attribute]
        return UnsafeBufferPointer(start: attributeBytes.base + Int(record.nameStart), count: Int(record.nameLength))
    }

    @inline(__always) func attributeValueBuffer(_ attribute: Int) -> UnsafeBufferPointer<UInt8> {
        let record = attributes[attribute]
        return UnsafeBufferPointer(start: attributeBytes.base + Int(record.valueStart), count: Int(record.valueLength))
    }

    /// The first attribute of element `index` named `name` (lower-case), or −1.
    func attribute(_ index: Int, named name: UnsafeBufferPointer<UInt8>) -> Int {
        for attribute in attributeRange(index) {
            let candidate = attributeNameBuffer(attribute)
            if candidate.count == name.count,
                ByteScan.equal(candidate.baseAddress!, name.baseAddress!, count: name.count)
            {
                return attribute
            }
        }
        return -1
    }
}
