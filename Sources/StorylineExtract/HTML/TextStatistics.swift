/// How much text an element holds once boilerplate is left out: the numbers content scoring runs on.
struct TextStatistics {
    /// Visible characters (white space not counted).
    var characters = 0
    /// Visible characters inside links.
    var linkCharacters = 0
    /// Commas (Latin, CJK and Arabic), a readability signal of running prose.
    var commas = 0
    /// `<p>` elements with at least 25 characters.
    var paragraphs = 0
    /// Whether a direct child is a block element (so this element is not itself a paragraph).
    var hasBlockChild = false

    /// The share of text inside links, 0…1.
    var linkDensity: Double {
        characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "center",
    ]

    static let commaScalars: Set<Unicode.Scalar> = [",", "\u{FF0C}", "\u{3001}", "\u{060C}"]
}

/// ``TextStatistics`` for every element kept by a ``BoilerplateFilter``, computed in one walk.
struct DocumentStatistics {
    /// The kept elements in document order.
    private(set) var elements: [HTMLNode] = []
    private var indices: [HTMLNode: Int] = [:]
    private var values: [TextStatistics] = []

    init(root: HTMLNode, filter: BoilerplateFilter) {
        var open: [Int] = []  // indices of the kept elements enclosing the walk's position
        var linkDepth = 0
        var walker = HTMLTreeWalker(root: root)
        while let event = walker.next() {
            switch event {
            case .enter(let node) where node.isElement:
                if filter.isBoilerplate(node) {
                    walker.skipChildren()
                    continue
                }
                let name = node.name
                if let parent = open.last, Self.isBlock(name) { values[parent].hasBlockChild = true }
                if name == "a" { linkDepth += 1 }
                indices[node] = elements.count
                open.append(elements.count)
                elements.append(node)
                values.append(TextStatistics())
            case .enter(let node):
                guard let parent = open.last, let text = node.text else { continue }
                var characters = 0
                var commas = 0
                for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                    characters += 1
                    if TextStatistics.commaScalars.contains(scalar) { commas += 1 }
                }
                values[parent].characters += characters
                values[parent].commas += commas
                if linkDepth > 0 { values[parent].linkCharacters += characters }
            case .leave(let node):
                guard let index = open.last, elements[index] == node else { continue }
                open.removeLast()
                if node.name == "a" { linkDepth -= 1 }
                if node.name == "p", values[index].characters >= 25 { values[index].paragraphs += 1 }
                if let parent = open.last {
                    values[parent].characters += values[index].characters
                    values[parent].linkCharacters += values[index].linkCharacters
                    values[parent].commas += values[index].commas
                    values[parent].paragraphs += values[index].paragraphs
                }
            }
        }
    }

    private static func isBlock(_ name: String) -> Bool { TextStatistics.blockTags.contains(name) }

    /// Whether `node` was kept (not boilerplate, not under boilerplate).
    func isKept(_ node: HTMLNode) -> Bool { indices[node] != nil }

    /// The statistics of a kept element; zeros for anything else.
    subscript(node: HTMLNode) -> TextStatistics {
        indices[node].map { values[$0] } ?? TextStatistics()
    }
}
