/// Collects visible text as UTF-8 bytes with white space collapsed, up to a limit.
///
/// Used for the short texts metadata reads (headings, bylines, dates) and for the text that follows a
/// headline. Element boundaries other than inline formatting count as white space, so words in adjacent
/// blocks do not run together; scripts, styles and other never-visible elements are skipped.
struct TextGatherer {
    let limit: Int
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    init(limit: Int) {
        self.limit = limit
        bytes.reserveCapacity(min(limit, 256))
    }

    var isFull: Bool { bytes.count >= limit }

    /// The text gathered so far, trimmed.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Marks a word boundary (an element started or ended).
    mutating func addBoundary() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// Appends NUL-terminated `text`, collapsing white space (including no-break spaces).
    mutating func append(_ text: UnsafePointer<UInt8>) {
        var position = 0
        while !isFull {
            let byte = text[position]
            if byte == 0 { return }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !bytes.isEmpty { pendingSpace = true }
                position += 1
            } else if byte == 0xC2, text[position + 1] == 0xA0 {
                if !bytes.isEmpty { pendingSpace = true }
                position += 2
            } else {
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                // Copy a whole UTF-8 sequence so a cut at the limit never splits a character.
                let width = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                var index = 0
                while index < width, text[position + index] != 0 {
                    bytes.append(text[position + index])
                    index += 1
                }
                position += index
            }
        }
    }

    /// Appends the visible text under `node` (the node included when it is text), stopping at the limit
    /// or after `maximumNodes` nodes; the subtree of `excluded` is left out.
    mutating func append(contentsOf node: RawNode, excluding excluded: RawNode? = nil, maximumNodes: Int = 400) {
        if let text = node.textBytes {
            append(text)
            return
        }
        guard node.isElement, let first = node.firstChild else { return }
        var visited = 0
        var current: RawNode? = first
        while let here = current, !isFull, visited < maximumNodes {
            visited += 1
            var descend = false
            if let text = here.textBytes {
                append(text)
            } else if here.isElement, here != excluded {
                let tag = here.tag
                if !tag.isInline { addBoundary() }
                descend = !tag.skipsChildren && here.firstChild != nil
            }
            if descend {
                current = here.firstChild
                continue
            }
            // Next in document order without leaving `node`.
            var climb = here
            current = nil
            while true {
                if let next = climb.nextSibling {
                    current = next
                    break
                }
                guard let parent = climb.parent, parent != node else { break }
                if !parent.tag.isInline { addBoundary() }
                climb = parent
            }
        }
    }

    /// The visible text under `node`, collapsed, at most `limit` bytes.
    static func text(of node: RawNode, limit: Int) -> String {
        var gatherer = TextGatherer(limit: limit)
        gatherer.append(contentsOf: node)
        return gatherer.text
    }
}
