/// Readability-style scoring: finds the element whose children hold the most prose.
///
/// Each paragraph-like element (`<p>`, `<pre>`, `<td>`, or a `<div>` without block children) with at least
/// 25 characters scores `1 + commas + min(3, characters / 100)` and passes it to its parent (in full), its
/// grandparent (half) and great-grandparent (a sixth). A candidate starts from a bonus for its tag and its
/// `class`/`id` words, and its total is scaled by `1 - linkDensity`. Linear in the number of elements.
struct ContentScorer {
    static let positiveWords = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]
    static let negativeWords = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "teaser", "card",
    ]

    let statistics: DocumentStatistics

    /// Every scored candidate with its final score.
    func scores() -> [HTMLNode: Double] {
        var scores: [HTMLNode: Double] = [:]
        for element in statistics.elements where isParagraphLike(element) {
            let stats = statistics[element]
            guard stats.characters >= 25 else { continue }
            let score = 1 + Double(stats.commas) + min(3, Double(stats.characters) / 100)
            var ancestor = element.parent
            for level in 0..<3 {
                guard let node = ancestor, statistics.isKept(node) else { break }
                if scores[node] == nil { scores[node] = Self.initialScore(of: node) }
                scores[node]! += score / (level == 0 ? 1 : level == 1 ? 2 : 6)
                ancestor = node.parent
            }
        }
        for (node, score) in scores {
            scores[node] = score * (1 - statistics[node].linkDensity)
        }
        return scores
    }

    /// The best candidate and its score, or nil when no element holds a paragraph of prose.
    func bestCandidate(in scores: [HTMLNode: Double]) -> (node: HTMLNode, score: Double)? {
        var best: (node: HTMLNode, score: Double)?
        for element in statistics.elements {
            guard let score = scores[element] else { continue }
            if best == nil || score > best!.score { best = (element, score) }
        }
        return best
    }

    func isParagraphLike(_ element: HTMLNode) -> Bool {
        switch element.name {
        case "p", "pre", "td": true
        case "div", "section", "article", "span", "font", "center": !statistics[element].hasBlockChild
        default: false
        }
    }

    static func initialScore(of element: HTMLNode) -> Double {
        var score: Double
        switch element.name {
        case "div", "article", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + classWeight(of: element)
    }

    /// +25 / −25 for content or boilerplate words in `class`, the same again for `id`.
    static func classWeight(of element: HTMLNode) -> Double {
        var weight = 0.0
        for value in [element.attribute("class"), element.attribute("id")] {
            guard let value = value?.lowercased(), !value.isEmpty else { continue }
            if negativeWords.contains(where: value.contains) { weight -= 25 }
            if positiveWords.contains(where: value.contains) { weight += 25 }
        }
        return weight
    }
}
