@testable import StorylineExtract

/// Parsed trees written back as compact markup for table-driven tests: every element with its end tag
/// (void ones too: `<br></br>`), attributes in source order with their values quoted, text as parsed.
enum HTMLTreeSerialization {
    /// The children of `<body>`.
    static func body(_ html: String) -> String {
        guard let document = HTMLDocument(bytes: Array(html.utf8)), let body = document.body else { return "nil" }
        return body.children.map(markup).joined()
    }

    /// The whole document from `<html>`.
    static func document(_ html: String) -> String {
        guard let document = HTMLDocument(bytes: Array(html.utf8)), let root = document.root else { return "nil" }
        return markup(root)
    }

    /// `node` and its subtree, without recursion.
    static func markup(_ node: HTMLNode) -> String {
        var output = ""
        var walker = HTMLTreeWalker(root: node)
        while let event = walker.next() {
            switch event {
            case .enter(let current):
                if let text = current.text {
                    output += text
                } else {
                    output += "<" + current.name
                    for (name, value) in current.attributes { output += " \(name)=\"\(value)\"" }
                    output += ">"
                }
            case .leave(let current):
                if current.isElement { output += "</\(current.name)>" }
            }
        }
        return output
    }

    /// Whether the arena's arrays describe a well-formed tree: parents come before their children and
    /// every subtree lies inside its parent's.
    static func isWellFormed(_ document: HTMLDocument) -> Bool {
        let arena = document.arena
        guard arena.count > 0, arena.parents[0] == -1, Int(arena.ends[0]) == arena.count else { return false }
        for index in 1..<arena.count {
            let parent = Int(arena.parents[index])
            let end = Int(arena.ends[index])
            guard parent >= 0, parent < index, end > index, end <= Int(arena.ends[parent]) else { return false }
            if arena.isText(index) && (end != index + 1 || arena.textPointer(index)[Int(arena.lengths[index])] != 0) {
                return false
            }
        }
        return true
    }
}
