import StorylineCore

/// Turns the chosen content elements into paragraphs of plain text.
///
/// One paragraph per block (`<p>`, heading, list item, blockquote, table cell, `<div>` text); `<br>` also
/// ends a paragraph. Inline white space collapses to single spaces. Inside the content, boilerplate
/// elements are skipped, and so are link lists (a list, table or container whose text is mostly links),
/// which inside an article are "related" and "more from" blocks.
struct ParagraphRenderer {
    let statistics: DocumentStatistics

    /// Containers dropped inside the content when more than half their text is links.
    static let linkListTags: Set<String> = ["ul", "ol", "dl", "div", "section", "table", "p", "span"]

    func paragraphs(of roots: [HTMLNode]) -> [String] {
        var paragraphs: [String] = []
        var buffer = ""
        func flush() {
            let paragraph = Self.collapsingWhitespace(buffer)
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            buffer = ""
        }
        for root in roots {
            var walker = HTMLTreeWalker(root: root)
            while let event = walker.next() {
                switch event {
                case .enter(let node) where node.isElement:
                    let name = node.name
                    if !statistics.isKept(node) || (node != root && isLinkList(node, named: name)) {
                        walker.skipChildren()
                        continue
                    }
                    if name == "br" || name == "hr" || TextStatistics.blockTags.contains(name) { flush() }
                case .enter(let node):
                    if let text = node.text { buffer += text }
                case .leave(let node):
                    if TextStatistics.blockTags.contains(node.name) { flush() }
                }
            }
            flush()
        }
        return paragraphs
    }

    private func isLinkList(_ node: HTMLNode, named name: String) -> Bool {
        guard Self.linkListTags.contains(name) else { return false }
        let stats = statistics[node]
        return stats.characters > 0 && stats.linkDensity > 0.5 && (name != "p" || stats.characters < 200)
    }

    /// `text` with every run of white space made one space, trimmed at both ends.
    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
