import StorylineCore

/// Finds the main text of a page and renders it as paragraphs.
///
/// The page is flattened once into a ``PageTree`` (flat arrays, no strings per element), then:
/// 1. ``BoilerplateMask`` removes chrome — navigation, share bars, comments, cookie notices, captions,
///    hidden elements — unless an element holds most of the page's prose.
/// 2. ``ContentSelector`` picks the subtree whose paragraphs add up to the most prose with link lists
///    counted against it (explicit article containers get a small bonus).
/// 3. ``BlockRenderer`` writes one paragraph per block of that subtree, skipping link lists.
/// Pages that are not one article — listings, product pages, threads of short posts — have little prose
/// for the main region they fill (``RegionSelector``): there the whole region is rendered, long lists of
/// links included, because the items are the content.
/// When the normal rules leave almost nothing, the lenient mask (hidden elements only) gets a turn.
///
/// ```swift
/// let content = HTMLContentExtractor().extract(from: document)
/// print(content.text)  // "First paragraph…\n\nSecond paragraph…"
/// ```
public struct HTMLContentExtractor: Sendable {
    /// Content with fewer visible characters than this sends the page to the lenient rules.
    public var minimumCharacters = 200
    /// The share of the main region's text the article's prose must reach for the page to be read as an
    /// article; below it the whole region is the content.
    public var minimumArticleShare = 0.3
    /// When the article's container is at least this share prose, boxes in it without any prose (widgets,
    /// rating and sharing boxes, newsletter forms) are left out; below it they may be the page's items.
    public var proseBoxShare = 0.85
    /// Prose that makes the best candidate an article, whatever surrounds it.
    public var articleProse: Int32 = 1000

    /// The prose that makes the page's sole `<article>` (or `articleBody`) its content even when the
    /// region around it holds far more text (see ``soleArticle(holding:tree:)``).
    public var soleArticleProse: Int32 = 200

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
        let region = RegionSelector().region(in: tree, counts: counts, removed: mask.removed)
        let best = selector.best(in: tree, removed: mask.removed)
        if let best,
            !prefersRegion(best.index, selector: selector, regionCharacters: counts.characters[region])
                || selector.prose[best.index] >= soleArticleProse
                    && soleArticle(holding: best.index, tree: tree).map({ !tree.contains($0, region) }) == true
        {
            let lead = leadBlocks(before: best.index, tree: tree, counts: counts, removed: mask.removed)
            var articleRenderer = renderer
            articleRenderer.skipsArticleChrome = true
            articleRenderer.dropsRelatedBlocks = true
            if Double(selector.prose[best.index]) >= proseBoxShare * Double(counts.characters[best.index]) {
                articleRenderer.prose = selector.prose
            }
            let paragraphs = articleRenderer.paragraphs(of: lead + [best.index])
            if !paragraphs.isEmpty {
                let method: HTMLContent.Method =
                    BoilerplateMask.isArticleMarker(tree, best.index) ? .markedContainer : .scoring
                return HTMLContent(
                    paragraphs: paragraphs, roots: [HTMLNode(tree.nodes[best.index], in: document)], method: method)
            }
        }
        var regionRenderer = renderer
        regionRenderer.keepsLongLinkLists = true
        regionRenderer.dropsOrphanHeadings = false
        let paragraphs = regionRenderer.paragraphs(of: [region])
        if !paragraphs.isEmpty {
            return HTMLContent(
                paragraphs: paragraphs, roots: [HTMLNode(tree.nodes[region], in: document)],
                method: region == 0 ? .wholeBody : .region)
        }
        return HTMLContent(
            paragraphs: renderer.paragraphs(of: [0]), roots: [HTMLNode(tree.nodes[0], in: document)],
            method: .wholeBody)
    }

    /// The page's one article that holds `index` (or is it): the only `<article>` element, or an element
    /// marked `itemprop=articleBody`. A page built around one article keeps it, short as it is, however
    /// many teasers surround it — unless the main region lies inside that article (a listing wrapped in
    /// one `<article>`); a listing of teasers has an `<article>` per teaser.
    func soleArticle(holding index: Int, tree: PageTree) -> Int? {
        var articles = 0
        for tag in tree.tags where tag == .article {
            articles += 1
            if articles > 1 { break }
        }
        var node = index
        while node >= 0 {
            if tree.flags[node].contains(.articleBody) { return node }
            if tree.tags[node] == .article { return articles == 1 ? node : nil }
            node = Int(tree.parents[node])
        }
        return nil
    }

    /// Whether the page reads as structured items rather than one article: the best article candidate's
    /// prose is under ``minimumArticleShare`` of the main region's text (a listing's teasers, a product's
    /// specifications, a thread of short posts) — unless the candidate holds ``articleProse`` characters
    /// of prose, which make an article whatever surrounds it.
    func prefersRegion(_ best: Int, selector: ContentSelector, regionCharacters: Int32) -> Bool {
        let prose = selector.prose[best]
        if prose >= articleProse { return false }
        return Double(prose) < minimumArticleShare * Double(regionCharacters)
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
