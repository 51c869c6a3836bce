import StorylineCore

/// Finds the main text of a page and renders it as paragraphs.
///
/// The page is flattened once into a ``PageTree`` (flat arrays, no strings per element), then:
/// 1. ``BoilerplateMask`` removes chrome — navigation, share bars, comments, cookie notices, captions,
///    hidden elements — unless an element holds most of the page's prose.
/// 2. ``ContentSelector`` picks the subtree whose paragraphs add up to the most prose with link lists
///    counted against it (explicit article containers get a small bonus).
/// 3. ``BlockRenderer`` writes one paragraph per block of that subtree, skipping link lists.
/// When the normal rules leave almost nothing, the lenient mask (hidden elements only) gets a turn.
///
/// ```swift
/// let content = HTMLContentExtractor().extract(from: document)
/// print(content.text)  // "First paragraph…\n\nSecond paragraph…"
/// ```
public struct HTMLContentExtractor: Sendable {
    /// Content with fewer visible characters than this sends the page to the lenient rules.
    public var minimumCharacters = 200

    /// Class and id fragments that mark the article body (for callers that look for markers themselves).
    static let bodyMarkers = BoilerplatePatterns.bodyMarkers

    /// An extractor with default thresholds.
    public init() {}

    /// The main content of `document`; empty paragraphs when the page has no text at all.
    public func extract(from document: HTMLDocument) -> HTMLContent {
        guard let root = document.body ?? document.root else {
            return HTMLContent(paragraphs: [], roots: [], method: .wholeBody)
        }
        let tree = PageTree(root: root)
        guard tree.count > 0 else { return HTMLContent(paragraphs: [], roots: [], method: .wholeBody) }
        let rawCounts = PageTextCounts(tree: tree)
        let rawProse = ContentSelector(tree: tree, counts: rawCounts, removed: nil).prose
        let normal = extract(tree, document, rawCounts: rawCounts, rawProse: rawProse, strictness: .normal)
        if normal.characterCount >= minimumCharacters { return normal }
        let lenient = extract(tree, document, rawCounts: rawCounts, rawProse: rawProse, strictness: .lenient)
        let isBetter = lenient.characterCount >= minimumCharacters && lenient.characterCount > 2 * normal.characterCount
        return isBetter ? lenient : normal
    }

    private func extract(
        _ tree: PageTree, _ document: HTMLDocument, rawCounts: PageTextCounts, rawProse: [Int32],
        strictness: BoilerplateMask.Strictness
    ) -> HTMLContent {
        let mask = BoilerplateMask(tree: tree, counts: rawCounts, prose: rawProse, strictness: strictness)
        let counts = PageTextCounts(tree: tree, removed: mask.removed)
        let selector = ContentSelector(tree: tree, counts: counts, removed: mask.removed)
        let renderer = BlockRenderer(tree: tree, counts: counts, removed: mask.removed)
        if let best = selector.best(in: tree, removed: mask.removed) {
            let lead = leadBlocks(before: best.index, tree: tree, counts: counts, removed: mask.removed)
            let paragraphs = renderer.paragraphs(of: lead + [best.index])
            if !paragraphs.isEmpty {
                let method: HTMLContent.Method =
                    BoilerplateMask.isArticleMarker(tree, best.index) ? .markedContainer : .scoring
                return HTMLContent(
                    paragraphs: paragraphs, roots: [HTMLNode(tree.nodes[best.index], in: document)], method: method)
            }
        }
        return HTMLContent(
            paragraphs: renderer.paragraphs(of: [0]), roots: [HTMLNode(tree.nodes[0], in: document)],
            method: .wholeBody)
    }

    /// The standfirst: prose paragraphs just before the chosen element (its preceding siblings, or those
    /// of its parent or grandparent), which pages often set apart from the body. Walks back from the
    /// element and stops at the first block that is not prose; headings are stepped over, not kept.
    func leadBlocks(before index: Int, tree: PageTree, counts: PageTextCounts, removed: [Bool]) -> [Int] {
        var lead: [Int] = []
        var node = index
        for _ in 0..<3 {
            let parent = Int(tree.parents[node])
            guard parent >= 0 else { break }
            var siblings: [Int] = []
            var child = parent + 1
            while child < node {
                siblings.append(child)
                child = Int(tree.ends[child])
            }
            var found: [Int] = []
            for sibling in siblings.reversed() {
                let tag = tree.tags[sibling]
                if tag == .text || removed[sibling] || counts.characters[sibling] == 0 { continue }
                if tag.isHeading { break }
                let isProse =
                    (tag == .p || tag == .div || tag == .section) && !counts.hasBlockChild[sibling]
                    && counts.characters[sibling] >= 60 && counts.linkDensity(sibling) < 0.2
                guard isProse, found.count < 3 else { break }
                found.insert(sibling, at: 0)
            }
            lead = found + lead
            if !found.isEmpty { break }
            node = parent
        }
        return lead
    }
}

extension HTMLContentExtractor {
    /// The paragraphs of a whole fragment, such as a feed entry's HTML content: boilerplate elements
    /// (scripts, share bars, link lists …) are left out, but no container is chosen, so no part of an
    /// article fragment is dropped for scoring lower than another. Empty paragraphs when there is no text.
    public func extractFragment(from document: HTMLDocument) -> HTMLContent {
        guard let root = document.body ?? document.root else {
            return HTMLContent(paragraphs: [], roots: [], method: .wholeBody)
        }
        let tree = PageTree(root: root)
        guard tree.count > 0 else { return HTMLContent(paragraphs: [], roots: [root], method: .wholeBody) }
        let rawCounts = PageTextCounts(tree: tree)
        let rawProse = ContentSelector(tree: tree, counts: rawCounts, removed: nil).prose
        // The lenient mask gets a turn when the normal one leaves nothing (a fragment inside <header>).
        for strictness in [BoilerplateMask.Strictness.normal, .lenient] {
            let mask = BoilerplateMask(tree: tree, counts: rawCounts, prose: rawProse, strictness: strictness)
            let counts = PageTextCounts(tree: tree, removed: mask.removed)
            let paragraphs = BlockRenderer(tree: tree, counts: counts, removed: mask.removed).paragraphs(of: [0])
            if !paragraphs.isEmpty { return HTMLContent(paragraphs: paragraphs, roots: [root], method: .wholeBody) }
        }
        return HTMLContent(paragraphs: [], roots: [root], method: .wholeBody)
    }
}
