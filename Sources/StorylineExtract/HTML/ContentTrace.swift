extension HTMLContentExtractor {
    /// Where `text` sits on the page and what the extractor made of each element around it, for
    /// `storyline extract --explain --trace TEXT`: one line per ancestor, outermost first, marked
    /// `REMOVED` (with the reason) when boilerplate removal cut it and `CHOSEN` for the content root.
    public func trace(_ text: String, in document: HTMLDocument) -> [String] {
        guard let root = document.body ?? document.root else { return ["no <body>"] }
        let tree = PageTree(root: root)
        let needle = Array(ParagraphRenderer.collapsingWhitespace(text).utf8.prefix(40))
        guard !needle.isEmpty else { return [] }
        var found: Int?
        tree.textBytes.withUnsafeBufferPointer { bytes in
            for index in 0..<tree.count where tree.tags[index] == .text {
                let start = Int(tree.textStarts[index])
                let collapsed = Array(
                    ParagraphRenderer.collapsingWhitespace(
                        String(decoding: bytes[start..<start + Int(tree.textLengths[index])], as: UTF8.self)
                    ).utf8)
                if collapsed.count >= needle.count, collapsed.firstRange(of: needle) != nil {
                    found = index
                    break
                }
            }
        }
        guard let found else { return ["not found in the page's text: \(text)"] }
        let rawCounts = PageTextCounts(tree: tree)
        let rawProse = ContentSelector(tree: tree, counts: rawCounts, removed: nil).prose
        let mask = BoilerplateMask(tree: tree, counts: rawCounts, prose: rawProse, strictness: .normal)
        let content = extract(from: document)
        let chosen = Set(content.roots.map(\.index))
        var chain: [Int] = []
        var current = found
        while current >= 0 {
            chain.append(current)
            current = Int(tree.parents[current])
        }
        return ["method: \(content.method.rawValue)"] + chain.reversed().map { index in
            let node = HTMLNode(tree.nodes[index], in: document)
            var line = node.isText ? "#text" : node.name
            let classAndID = node.isText ? "" : node.classAndID
            if !classAndID.isEmpty { line += "[\(classAndID.prefix(60))]" }
            let parent = Int(tree.parents[index])
            if mask.removed[index] && (parent < 0 || !mask.removed[parent]) {
                line += "  REMOVED (\(removalReason(tree, index)))"
            }
            if chosen.contains(tree.nodes[index]) { line += "  CHOSEN" }
            return line
        }
    }

    private func removalReason(_ tree: PageTree, _ index: Int) -> String {
        let flags = tree.flags[index]
        if flags.contains(.hidden) { return "hidden" }
        if flags.contains(.chromeRole) { return "chrome role" }
        let categories = tree.classes[index]
        if categories.contains(.strong) { return "boilerplate class" }
        if categories.contains(.caption) { return "caption class" }
        if categories.contains(.soft) { return "soft boilerplate class" }
        return "chrome tag <\(String(describing: tree.tags[index]))>"
    }
}
