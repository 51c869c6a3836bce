/// Writes the text under chosen ``PageTree`` entries as paragraphs: one per block element, `<br>`
/// also ending one; white space collapsed to single spaces.
///
/// Inside the content, removed entries are skipped, and so are link lists (a list, table or container
/// whose text is mostly links), which inside an article are "related" and "more from" blocks.
struct BlockRenderer {
    let tree: PageTree
    let counts: PageTextCounts
    let removed: [Bool]?
    /// Keep link lists longer than ``longLinkList`` characters (a listing page's items); only short ones,
    /// not inside a kept list, are skipped.
    var keepsLongLinkLists = false
    var longLinkList: Int32 = 200

    func paragraphs(of roots: [Int]) -> [String] {
        var paragraphs: [String] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        func flush() {
            if let paragraph = Self.collapsed(buffer) { paragraphs.append(paragraph) }
            buffer.removeAll(keepingCapacity: true)
        }
        tree.textBytes.withUnsafeBufferPointer { bytes in
            for root in roots {
                var index = root
                let end = Int(tree.ends[root])
                var closing: [Int] = []  // ends of the open block elements, innermost last
                var keptListEnd = -1  // end of the long link list being rendered, if any
                while index < end {
                    while let last = closing.last, index >= last {
                        closing.removeLast()
                        flush()
                    }
                    if let removed, removed[index] {
                        index = Int(tree.ends[index])
                        continue
                    }
                    let tag = tree.tags[index]
                    if tag == .text {
                        let start = Int(tree.textStarts[index])
                        buffer.append(contentsOf: bytes[start..<start + Int(tree.textLengths[index])])
                        index += 1
                        continue
                    }
                    if index != root && index >= keptListEnd && isLinkList(index, tag) {
                        if keepsLongLinkLists && counts.characters[index] >= longLinkList {
                            keptListEnd = Int(tree.ends[index])
                        } else {
                            index = Int(tree.ends[index])
                            continue
                        }
                    }
                    if tag.isBlock {
                        flush()
                        closing.append(Int(tree.ends[index]))
                    } else if tag == .a || tag == .span {
                        // Inline: nothing to do.
                    }
                    index += 1
                }
                closing.removeAll()
                flush()
            }
        }
        return paragraphs
    }

    private func isLinkList(_ index: Int, _ tag: HTMLTag) -> Bool {
        switch tag {
        case .ul, .ol, .dl, .div, .section, .table, .p, .span, .nav, .aside:
            let characters = counts.characters[index]
            return characters > 0 && counts.linkDensity(index) > 0.5 && (tag != .p || characters < 200)
        default:
            return false
        }
    }

    /// The bytes with white space runs made one space, trimmed; nil when nothing visible is left.
    static func collapsed(_ bytes: [UInt8]) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            var isSpace = false
            var width = 1
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                isSpace = true
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                isSpace = true
                width = 2
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                (0x80...0x8D).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF
            {
                isSpace = true  // en/em spaces, thin spaces, zero-width characters
                width = 3
            } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                isSpace = true
                width = 3
            } else if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                isSpace = true  // ideographic space
                width = 3
            }
            if isSpace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(contentsOf: bytes[index..<min(count, index + width)])
            }
            index += width
        }
        return output.isEmpty ? nil : String(decoding: output, as: UTF8.self)
    }
}
