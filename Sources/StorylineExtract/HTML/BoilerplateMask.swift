/// Decides which entries of a ``PageTree`` are page chrome rather than article: by tag (`<nav>`,
/// `<footer>`, `<aside>` …), ARIA role, hidden state, and `class`/`id` words (``BoilerplatePatterns``).
///
/// An element is spared, whatever its markup says, when it holds most of the page's prose: a share of
/// the page's paragraph text of at least 30 % for soft class words (`widget`, `sidebar` …), and 80 % for
/// chrome tags and roles (an unclosed `<header>` that swallowed the article), strong words and hidden
/// elements. Ancestors of an explicit article container (`<main>`, `itemprop=articleBody`, an
/// article-body class, a plain `<article>`) holding at least 10 % of the page's prose are always spared,
/// and so is a box with soft class words inside `<main>` or `<article>` holding 400 characters of prose
/// with few links.
struct BoilerplateMask {
    /// How much the mask removes.
    enum Strictness {
        /// Every rule applies.
        case normal
        /// Only hidden elements and notices (cookie consent, newsletter box, log-in prompt …), whatever
        /// their share of the text: the fallback when the normal rules leave almost nothing.
        case lenient
    }

    private(set) var removed: [Bool]

    init(tree: PageTree, counts: PageTextCounts, prose: [Int32], strictness: Strictness) {
        let count = tree.count
        removed = [Bool](repeating: false, count: count)
        guard count > 0 else { return }
        let total = max(1, Double(prose[0]))
        var spared = [Bool](repeating: false, count: count)
        // Only markers with some of the page's prose: teaser lists mark every item as an `<article>`.
        for index in 0..<count where Self.isArticleMarker(tree, index) && Double(prose[index]) >= 0.1 * total {
            var current = index
            while current >= 0 && !spared[current] {
                spared[current] = true
                current = Int(tree.parents[current])
            }
        }
        // `<article>` and `<main>` and what is inside them: a `<header>` there is the article's own (title,
        // standfirst, byline), not the site's masthead.
        var inArticle = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let parent = Int(tree.parents[index])
            inArticle[index] = tree.tags[index] == .article || tree.tags[index] == .main || (parent >= 0 && inArticle[parent])
        }
        for index in 1..<count where tree.tags[index] != .text {
            let parent = Int(tree.parents[index])
            if parent >= 0 && removed[parent] {
                removed[index] = true
                continue
            }
            if spared[index] { continue }
            let share = Double(prose[index]) / total
            let linkDensity = counts.linkDensity(index)
            if tree.tags[index] == .header && inArticle[parent] && tree.flags[index].isDisjoint(with: [.hidden, .chromeRole]) {
                continue
            }
            switch verdict(tree, index, counts: counts, strictness: strictness) {
            case .keep: break
            case .soft:
                // Inside the article, a "widget" or "teaser" box of real prose is the article's own section
                // (a product review's verdicts, a pull-out): sidebars and teasers hold lines, not prose.
                let ownProse = inArticle[index] && prose[index] >= Self.articleSectionProse && linkDensity <= 0.2
                removed[index] = !ownProse && (share < 0.3 || linkDensity > 0.4)
            case .chrome: removed[index] = share < 0.8 || linkDensity > 0.4
            case .strong: removed[index] = share < 0.8 || linkDensity > 0.4
            case .always: removed[index] = true
            }
        }
    }

    private enum Verdict { case keep, soft, chrome, strong, always }

    /// Prose that keeps a box with soft class words inside `<main>` or `<article>` (see the initializer).
    static let articleSectionProse: Int32 = 400

    private func verdict(_ tree: PageTree, _ index: Int, counts: PageTextCounts, strictness: Strictness) -> Verdict {
        let flags = tree.flags[index]
        if flags.contains(.hidden) { return .strong }
        if strictness == .lenient { return tree.classes[index].contains(.notice) ? .always : .keep }
        let tag = tree.tags[index]
        switch tag {
        case .nav, .footer, .aside, .menu, .dialog, .label, .header, .button, .noscript, .picture, .video, .audio,
            .canvas, .map:
            return .chrome
        case .form: return .chrome
        case .figcaption: return .strong
        default: break
        }
        if flags.contains(.chromeRole) { return .chrome }
        // Themes put layout and share-bar words on the `<article>` element itself ("docked-sharebar-content");
        // the element says what it is, so its class words do not cut it (its parts are judged on their own).
        if tag == .article { return .keep }
        let categories = tree.classes[index]
        // A block the page marks as its article body keeps it, whatever else its classes say ("entry share").
        if categories.contains(.bodyMarker) { return .keep }
        // A cookie banner or newsletter box goes whatever share of the page it holds (a short post's page).
        if categories.contains(.notice) { return .always }
        if categories.contains(.strong) { return .strong }
        if categories.contains(.caption) { return .strong }
        if categories.contains(.soft) && !categories.contains(.rescue) { return .soft }
        return .keep
    }

    /// `<main>`, `itemprop=articleBody`, an article-body class, or an `<article>` not marked as chrome.
    static func isArticleMarker(_ tree: PageTree, _ index: Int) -> Bool {
        let categories = tree.classes[index]
        let chrome = categories.contains(.strong) || (categories.contains(.soft) && !categories.contains(.rescue))
        switch tree.tags[index] {
        case .main: return true
        case .article: return !chrome
        default:
            // An article-body class wins over other words, as in ``verdict``: a newsletter archive's issue
            // sits in `rich-text-newsletter`, an article in `entry share`.
            return tree.flags[index].contains(.articleBody) || categories.contains(.bodyMarker)
        }
    }
}
