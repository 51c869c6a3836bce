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
    /// Leave out headings that introduce nothing (see ``droppingOrphanHeadings(_:levels:)``): right for an
    /// article, wrong for a listing whose items are headings.
    var dropsOrphanHeadings = true
    /// Prose per entry (``ContentSelector/prose``); with it, boxes inside the content that hold text but
    /// no prose at all — widgets, rating and sharing boxes, newsletter forms — are left out.
    var prose: [Int32]?
    /// Leave out elements whose class marks them as an article's chrome (byline, timestamp, rating …).
    var skipsArticleChrome = false
    /// Leave out the "Related posts" / "Keep reading" blocks at the article's end (``RelatedBlockFinder``).
    var dropsRelatedBlocks = false

    func paragraphs(of roots: [Int]) -> [String] {
        var paragraphs: [String] = []
        var levels: [Int] = []  // heading level of each paragraph, 0 for other blocks
        var droppedAfter: [Bool] = []  // whether text was left out between a paragraph and the next
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        let relatedBlocks = dropsRelatedBlocks ? RelatedBlockFinder(tree: tree, counts: counts) : nil
        func flush(level: Int) {
            if let paragraph = Self.collapsed(buffer) {
                paragraphs.append(paragraph)
                levels.append(level)
                droppedAfter.append(false)
            }
            buffer.removeAll(keepingCapacity: true)
        }
        tree.textBytes.withUnsafeBufferPointer { bytes in
            for root in roots {
                var index = root
                let end = Int(tree.ends[root])
                var closing: [(end: Int, level: Int)] = []  // the open block elements, innermost last
                // The end of the long link list being rendered, if any (the root itself may be one).
                var keptListEnd = keepsLongLinkLists && isLinkList(root, tree.tags[root]) ? end : -1
                while index < end {
                    while let last = closing.last, index >= last.end {
                        closing.removeLast()
                        flush(level: last.level)
                    }
                    if let removed, removed[index] {
                        if !droppedAfter.isEmpty && tree.tags[index] != .text { droppedAfter[droppedAfter.count - 1] = true }
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
                    if index != root && skipsArticleChrome && tree.classes[index].contains(.articleChrome)
                        && !BoilerplateMask.isArticleMarker(tree, index)
                    {
                        if !droppedAfter.isEmpty { droppedAfter[droppedAfter.count - 1] = true }
                        index = Int(tree.ends[index])
                        continue
                    }
                    if index != root, let end = relatedBlocks?.relatedBlockEnd(at: index, root: root, bytes: bytes) {
                        if !droppedAfter.isEmpty { droppedAfter[droppedAfter.count - 1] = true }
                        index = end
                        continue
                    }
                    if index != root && index >= keptListEnd, let prose, isProselessBox(index, tag, prose: prose) {
                        if !droppedAfter.isEmpty { droppedAfter[droppedAfter.count - 1] = true }
                        index = Int(tree.ends[index])
                        continue
                    }
                    if index != root && index >= keptListEnd && isLinkList(index, tag) {
                        if keepsLongLinkLists && counts.characters[index] >= longLinkList {
                            keptListEnd = Int(tree.ends[index])
                        } else {
                            if !droppedAfter.isEmpty { droppedAfter[droppedAfter.count - 1] = true }
                            index = Int(tree.ends[index])
                            continue
                        }
                    }
                    if tag.isBlock {
                        flush(level: closing.last?.level ?? 0)
                        closing.append((Int(tree.ends[index]), tag.headingLevel ?? closing.last?.level ?? 0))
                    }
                    index += 1
                }
                while let last = closing.popLast() { flush(level: last.level) }
                flush(level: 0)
            }
        }
        guard dropsOrphanHeadings else { return paragraphs }
        return Self.droppingOrphanHeadings(paragraphs, levels: levels, droppedAfter: droppedAfter)
    }

    /// The paragraphs without headings that introduce nothing: the last paragraph when it is a heading, and
    /// a heading whose section was left out (link lists, boilerplate) so that the next paragraph is a heading
    /// of its own or a higher level — what remains of a "Related articles" or "More from" block.
    static func droppingOrphanHeadings(_ paragraphs: [String], levels: [Int], droppedAfter: [Bool]) -> [String] {
        var kept: [String] = []
        kept.reserveCapacity(paragraphs.count)
        for index in paragraphs.indices {
            let level = levels[index]
            if level > 0 {
                if index == paragraphs.count - 1 { continue }
                let next = levels[index + 1]
                if droppedAfter[index] && next > 0 && next <= level { continue }
            }
            kept.append(paragraphs[index])
        }
        return kept
    }

    private func isProselessBox(_ index: Int, _ tag: HTMLTag, prose: [Int32]) -> Bool {
        switch tag {
        case .div, .section, .aside, .form, .footer, .nav:
            return prose[index] == 0 && counts.hasBlockChild[index] && counts.characters[index] > 0
        default:
            return false
        }
    }

    private func isLinkList(_ index: Int, _ tag: HTMLTag) -> Bool {
        switch tag {
        case .ul, .ol, .dl, .div, .section, .table, .p, .span, .nav, .aside:
            // A <span> around a link inside a sentence is the sentence's; one that holds blocks, or sits
            // among links in an article (a breadcrumb, a "read more" row), is a list.
            if tag == .span && !counts.hasBlockChild[index] {
                let parent = Int(tree.parents[index])
                if parent < 0 || !skipsArticleChrome || counts.linkDensity(parent) <= 0.5 { return false }
            }
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
            var isInvisible = false
            var width = 1
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                isSpace = true
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD {
                // No-break space; a soft hyphen (`&shy;`) is a line-break hint, not part of the word.
                isSpace = bytes[index + 1] == 0xA0
                isInvisible = !isSpace
                width = 2
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                (0x80...0x8B).contains(bytes[index + 2]) || bytes[index + 2] == 0xAF
            {
                isSpace = true  // en/em and thin spaces, zero-width space
                width = 3
            } else if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                isInvisible = true  // a byte-order mark inside the text (zero-width no-break space)
                width = 3
            } else if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                isSpace = true  // ideographic space
                width = 3
            }
            if isInvisible {
                index += width
                continue
            }
            if isSpace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                if width == 1 {
                    output.append(byte)
                } else {
                    output.append(contentsOf: bytes[index..<min(count, index + width)])
                }
            }
            index += width
        }
        return output.isEmpty ? nil : String(decoding: output, as: UTF8.self)
    }
}
