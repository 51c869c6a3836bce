import StorylineCore

/// Finds the main text of a news page and renders it as paragraphs.
///
/// Three steps, each its own type so each can be improved alone:
/// 1. ``BoilerplateFilter`` leaves out scripts, navigation, share bars, comments, cookie notices, hidden
///    elements and the like; ``DocumentStatistics`` measures what is left.
/// 2. The container: one the page marks as the article body (`itemprop=articleBody`, an `article-body` /
///    `story-body` / `entry-content` … class, then `<article>`) when it holds enough prose; otherwise the
///    best ``ContentScorer`` candidate with the siblings that score close to it.
/// 3. ``ParagraphRenderer`` writes one paragraph per block, dropping link lists inside the container.
///
/// ```swift
/// let content = HTMLContentExtractor().extract(from: document)
/// print(content.text)  // "First paragraph…\n\nSecond paragraph…"
/// ```
public struct HTMLContentExtractor: Sendable {
    /// A marked container with fewer visible characters than this is not trusted on its own.
    public var minimumMarkedCharacters = 200

    /// Class and id fragments that mark the article body.
    static let bodyMarkers = [
        "article-body", "articlebody", "article__body", "article_body", "article-content", "article__content",
        "articlecontent", "article-text", "articletext", "story-body", "storybody", "story-content", "story__body",
        "post-content", "postcontent", "post-body", "post__content", "entry-content", "entry__content", "entry-body",
        "article-main", "content-body", "body-text", "main-text", "news-text", "news-body", "text-body",
        "rich-text", "richtext", "article-detail", "td-post-content", "single-content", "blog-content",
    ]

    /// An extractor with default thresholds.
    public init() {}

    /// The main content of `document`; empty paragraphs when the page has no text at all.
    public func extract(from document: HTMLDocument) -> HTMLContent {
        guard let root = document.body ?? document.root else {
            return HTMLContent(paragraphs: [], roots: [], method: .wholeBody)
        }
        let content = extract(from: document, root: root, filter: BoilerplateFilter(document: document))
        // Misleading markup (an unclosed <header> swallowing the page) can hide all the prose from the
        // normal rules; then the lenient filter, which drops only scripts and hidden elements, gets a turn.
        if content.characterCount >= minimumMarkedCharacters { return content }
        let lenient = extract(
            from: document, root: root, filter: BoilerplateFilter(document: document, strictness: .lenient))
        let isBetter =
            lenient.characterCount >= minimumMarkedCharacters && lenient.characterCount > 2 * content.characterCount
        return isBetter ? lenient : content
    }

    private func extract(from document: HTMLDocument, root: HTMLNode, filter: BoilerplateFilter) -> HTMLContent {
        let statistics = DocumentStatistics(root: root, filter: filter)
        let renderer = ParagraphRenderer(statistics: statistics)
        let scorer = ContentScorer(statistics: statistics)
        let scores = scorer.scores()
        let best = scorer.bestCandidate(in: scores)

        if let marked = markedContainers(in: statistics, bestScored: best?.node) {
            let paragraphs = renderer.paragraphs(of: marked)
            if !paragraphs.isEmpty {
                return HTMLContent(paragraphs: paragraphs, roots: marked, method: .markedContainer)
            }
        }
        if let best {
            let widened = widened(best, scores: scores, statistics: statistics)
            let roots = withGoodSiblings(widened, scores: scores, statistics: statistics)
            let paragraphs = renderer.paragraphs(of: roots)
            if !paragraphs.isEmpty { return HTMLContent(paragraphs: paragraphs, roots: roots, method: .scoring) }
        }
        return HTMLContent(paragraphs: renderer.paragraphs(of: [root]), roots: [root], method: .wholeBody)
    }

    /// The marked article container(s), best kind first, or nil when none holds enough prose.
    func markedContainers(in statistics: DocumentStatistics, bestScored: HTMLNode?) -> [HTMLNode]? {
        let kinds: [(HTMLNode) -> Bool] = [
            { $0.attribute("itemprop")?.lowercased() == "articlebody" },
            { element in
                let classAndID = element.classAndID
                return !classAndID.isEmpty && Self.bodyMarkers.contains(where: classAndID.contains)
            },
            { $0.name == "article" },
        ]
        for isMarked in kinds {
            let matches = statistics.elements.filter(isMarked)
            let outermost = matches.filter { match in
                !matches.contains { $0 != match && match.isInside($0) }
            }
            guard let largest = outermost.max(by: { statistics[$0].characters < statistics[$1].characters }) else {
                continue
            }
            let stats = statistics[largest]
            guard stats.characters >= minimumMarkedCharacters, stats.linkDensity < 0.5 else { continue }
            // A marker on a teaser or summary box: the scored block is far bigger and lies elsewhere.
            if let bestScored, !bestScored.isInside(largest), !largest.isInside(bestScored),
                statistics[bestScored].characters > 3 * stats.characters
            {
                continue
            }
            // Pages that split the body into several marked blocks between ads keep them all.
            let parent = largest.parent
            let siblings = outermost.filter { $0.parent == parent && statistics[$0].linkDensity < 0.5 }
            return siblings.isEmpty ? [largest] : siblings
        }
        return nil
    }

    /// The best candidate, or the closest ancestor holding three of the next-best candidates when the
    /// article is split into many similar blocks (page builders wrap each paragraph group in its own row).
    func widened(
        _ best: (node: HTMLNode, score: Double), scores: [HTMLNode: Double], statistics: DocumentStatistics
    ) -> (node: HTMLNode, score: Double) {
        let alternatives = scores.filter { $0.key != best.node && $0.value >= 0.75 * best.score }
            .sorted { $0.value > $1.value }.prefix(5).map(\.key)
        guard alternatives.count >= 3 else { return best }
        var ancestor = best.node.parent
        while let node = ancestor, node.name != "body", node.name != "html" {
            if alternatives.filter({ $0.isInside(node) }).count >= 3 {
                return statistics[node].linkDensity < 0.35 ? (node, max(best.score, scores[node] ?? 0)) : best
            }
            ancestor = node.parent
        }
        return best
    }

    /// The best candidate and those of its siblings that look like more of the same article.
    func withGoodSiblings(
        _ best: (node: HTMLNode, score: Double), scores: [HTMLNode: Double], statistics: DocumentStatistics
    ) -> [HTMLNode] {
        guard let parent = best.node.parent else { return [best.node] }
        let threshold = max(10, best.score * 0.2)
        let bestClass = best.node.attribute("class")
        var roots: [HTMLNode] = []
        for sibling in parent.children where sibling.isElement && statistics.isKept(sibling) {
            if sibling == best.node {
                roots.append(sibling)
                continue
            }
            var score = scores[sibling] ?? 0
            if let bestClass, !bestClass.isEmpty, sibling.attribute("class") == bestClass { score += best.score * 0.2 }
            let stats = statistics[sibling]
            if score >= threshold {
                roots.append(sibling)
            } else if sibling.name == "p" {
                let text = sibling.textContent.trimmingWhitespace()
                if stats.characters > 80 && stats.linkDensity < 0.25 {
                    roots.append(sibling)
                } else if stats.characters > 0 && stats.linkDensity == 0 && text.hasSuffix(".") {
                    roots.append(sibling)
                }
            }
        }
        return roots
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
        // The lenient filter gets a turn when the normal one leaves nothing (a fragment inside <header>).
        for strictness in [BoilerplateFilter.Strictness.normal, .lenient] {
            let filter = BoilerplateFilter(document: document, strictness: strictness)
            let paragraphs = ParagraphRenderer(statistics: DocumentStatistics(root: root, filter: filter))
                .paragraphs(of: [root])
            if !paragraphs.isEmpty { return HTMLContent(paragraphs: paragraphs, roots: [root], method: .wholeBody) }
        }
        return HTMLContent(paragraphs: [], roots: [root], method: .wholeBody)
    }
}
