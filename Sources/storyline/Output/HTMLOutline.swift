import StorylineExtract

/// A parsed page as an indented outline for `storyline extract --tree`: one line per element (`tag`,
/// `.class` words, `#id`) and per text node (its first 50 characters, white space collapsed).
enum HTMLOutline {
    static func lines(of root: HTMLNode) -> [String] {
        var lines: [String] = []
        var depth = 0
        var walker = HTMLTreeWalker(root: root)
        while let event = walker.next() {
            switch event {
            case .enter(let node):
                if node.isElement {
                    var label = node.name
                    if let classes = node.attribute("class"), !classes.isEmpty {
                        label +=
                            "."
                            + String(classes.split(whereSeparator: \.isWhitespace).joined(separator: ".").prefix(40))
                    }
                    if let id = node.attribute("id") { label += "#" + id }
                    lines.append(String(repeating: "  ", count: depth) + label)
                } else if let text = node.text {
                    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if !words.isEmpty {
                        lines.append(String(repeating: "  ", count: depth) + "\"\(words.prefix(50))\"")
                    }
                }
                depth += 1
            case .leave:
                depth -= 1
            }
        }
        return lines
    }
}
