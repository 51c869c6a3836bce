/// One element the content extractor weighed, for `storyline extract --explain`.
public struct ContentCandidate: Sendable, Hashable {
    /// The element's path from `<body>`: tag names with their `class`/`id`, outermost first.
    public var path: String
    /// The subtree's value: prose characters minus link lists (see ``HTMLContentExtractor``).
    public var value: Double
    /// Prose characters in the subtree.
    public var prose: Int
    /// Whether the page's own markup marks it as the article.
    public var isMarked: Bool
}

extension HTMLContentExtractor {
    /// The best-valued elements of the page after boilerplate removal, best first.
    public func candidates(in document: HTMLDocument, limit: Int = 10) -> [ContentCandidate] {
        guard let root = document.body ?? document.root else { return [] }
        let tree = PageTree(root: root)
        guard tree.count > 0 else { return [] }
        let rawCounts = PageTextCounts(tree: tree)
        let rawProse = ContentSelector(tree: tree, counts: rawCounts, removed: nil).prose
        let mask = BoilerplateMask(tree: tree, counts: rawCounts, prose: rawProse, strictness: .normal)
        let counts = PageTextCounts(tree: tree, removed: mask.removed)
        let selector = ContentSelector(tree: tree, counts: counts, removed: mask.removed)
        let raw = ContentSelector(tree: tree, counts: rawCounts, removed: nil)
        var ranked = Array(
            (0..<tree.count).filter { tree.tags[$0] != .text && !mask.removed[$0] && selector.values[$0] > 0 }
                .sorted { selector.values[$0] > selector.values[$1] }.prefix(limit))
        // The best element before boilerplate removal, and the removed element above it, if any.
        let removedProse = (0..<tree.count).filter { mask.removed[$0] }.max { raw.prose[$0] < raw.prose[$1] }
        if let rawBest = removedProse, raw.prose[rawBest] > 0 {
            var top = rawBest
            while tree.parents[top] >= 0 && mask.removed[Int(tree.parents[top])] { top = Int(tree.parents[top]) }
            ranked += [rawBest, top]
        }
        return ranked.map { index in
            var names: [String] = []
            var current = index
            while current >= 0 {
                let node = HTMLNode(tree.nodes[current], in: document)
                let classAndID = node.classAndID
                names.append(classAndID.isEmpty ? node.name : "\(node.name)[\(classAndID.prefix(40))]")
                current = Int(tree.parents[current])
            }
            return ContentCandidate(
                path: (mask.removed[index] ? "REMOVED " : "") + names.reversed().joined(separator: " > "),
                value: mask.removed[index] ? raw.values[index] : selector.values[index],
                prose: Int(selector.prose[index]), isMarked: BoilerplateMask.isArticleMarker(tree, index))
        }
    }
}

