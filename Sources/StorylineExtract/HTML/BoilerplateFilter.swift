/// Decides which elements of a page are not article content: scripts and chrome by tag, navigation and
/// widgets by ARIA role, share bars, comments, cookie banners and the like by `class`/`id`, and hidden
/// elements.
///
/// `class`/`id` rules come in two strengths. Strong patterns (share, comment, newsletter, related …) drop an
/// element whatever else its class says; soft ones (menu, sidebar, banner …) are overridden by a content
/// word (article, content, story …), as readability does, so `content-sidebar-wrap` survives. Elements on
/// the path to an obvious article container (`<main>`, `<article>`, `itemprop=articleBody`) are never
/// dropped, so a wrapper with an unlucky class (`comments-open`) cannot take the article with it.
struct BoilerplateFilter {
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "svg", "button", "select",
        "input", "textarea", "template", "object", "embed", "canvas", "audio", "video", "map", "dialog", "menu",
        "link", "meta", "head", "title", "picture", "img", "source", "label", "option",
    ]
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
        "search", "toolbar", "tablist", "button",
    ]
    /// Substrings of a class or id that always mark boilerplate.
    static let strongPatterns = [
        "share", "sharing", "social", "comment", "disqus", "newsletter", "subscribe", "subscription", "signup",
        "sign-up", "cookie", "consent", "gdpr", "related", "recommend", "breadcrumb", "advert", "adsbygoogle",
        "ad-slot", "ad-container", "ad-wrapper", "adunit", "ad-unit", "dfp-", "promo", "sponsor", "outbrain",
        "taboola", "popup", "modal", "author-bio", "authorbio", "author-info", "about-author", "author-box",
        "most-popular", "mostpopular", "most-read", "mostread", "trending", "skip-link", "skiplink", "pagination",
        "pager", "print-only", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden", "footer", "follow-us",
        "read-more", "readmore", "more-stories", "further-reading", "login", "paywall-prompt",
    ]
    /// Substrings of a class or id that mark boilerplate unless a ``rescuePatterns`` word is also present.
    static let softPatterns = [
        "navigation", "navbar", "menu", "sidebar", "banner", "widget", "masthead", "toolbar", "topbar", "overlay",
        "tooltip", "dropdown", "carousel", "slider", "teaser", "byline-share", "meta-links",
    ]
    /// Whole words (class split at `-`, `_` and spaces) that mark boilerplate.
    static let strongWords: Set<String> = ["nav", "ad", "ads", "offscreen", "keywords"]
    /// Words that mark boilerplate only as the last word of a class (`post-tags`, not WordPress's `tag-yoga`).
    static let strongLastWords: Set<String> = ["tags", "tag", "taglist", "tagcloud"]
    /// Whole class names that hide an element (`hidden-xs` only hides on phones, so it is not here).
    static let hidingClasses: Set<String> = ["hidden", "d-none", "invisible", "is-hidden", "visually-hidden"]
    static let rescuePatterns = ["article", "content", "main", "story", "entry", "post", "body", "text"]
    /// Class-name prefixes that describe page state, not the element (`has-sidebar`, `no-comments`).
    static let statePrefixes = ["has-", "no-", "with-", "show-", "is-", "single-", "page-", "template-", "wp-embed"]

    /// How much the filter removes.
    enum Strictness {
        /// Every rule applies.
        case normal
        /// Only scripts, styles, embedded objects and hidden elements go: the fallback for pages whose
        /// markup misleads the normal rules (a whole article inside an unclosed `<header>`).
        case lenient
    }

    static let lenientDroppedTags: Set<String> = [
        "script", "style", "noscript", "iframe", "svg", "template", "object", "embed", "canvas", "head", "title",
        "select", "textarea", "button", "img", "picture",
    ]

    private let protected: Set<HTMLNode>
    private let strictness: Strictness

    /// A filter protecting the ancestors of the obvious article containers in `document`.
    init(document: HTMLDocument, strictness: Strictness = .normal) {
        self.strictness = strictness
        var protected: Set<HTMLNode> = []
        for element in document.elements where Self.isArticleMarker(element) {
            var current: HTMLNode? = element
            while let node = current, protected.insert(node).inserted {
                current = node.parent
            }
        }
        self.protected = protected
    }

    /// `<main>`, `itemprop=articleBody`, an article-body class, or an `<article>` that is not a comment or
    /// teaser by its class.
    static func isArticleMarker(_ element: HTMLNode) -> Bool {
        switch element.name {
        case "main": return true
        case "article": return classVerdict(element.classAndID) == nil
        default:
            if element.attribute("itemprop")?.lowercased() == "articlebody" { return true }
            let classAndID = element.classAndID
            return !classAndID.isEmpty && HTMLContentExtractor.bodyMarkers.contains(where: classAndID.contains)
                && classVerdict(classAndID) == nil
        }
    }

    /// Whether `element` (an element node) should be left out with everything under it.
    func isBoilerplate(_ element: HTMLNode) -> Bool {
        let name = element.name
        if name == "html" || name == "body" || protected.contains(element) { return false }
        if strictness == .lenient { return Self.lenientDroppedTags.contains(name) || isHidden(element) }
        if name == "form" { return !Self.containsParagraphs(element, atLeast: 3) }
        if Self.droppedTags.contains(name) { return true }
        if let role = element.attribute("role")?.lowercased(), Self.droppedRoles.contains(role) { return true }
        if isHidden(element) { return true }
        let classAndID = element.classAndID
        if classAndID.isEmpty { return name == "figcaption" }
        if classAndID.contains("caption") || name == "figcaption" {
            return !Self.containsParagraphs(element, atLeast: 2)
        }
        return Self.classVerdict(classAndID) != nil
    }

    private func isHidden(_ element: HTMLNode) -> Bool {
        if element.attribute("hidden") != nil { return true }
        if element.attribute("aria-hidden")?.lowercased() == "true" { return true }
        guard let style = element.attribute("style")?.lowercased().filter({ !$0.isWhitespace }) else { return false }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// The pattern that marks `classAndID` as boilerplate, or nil.
    static func classVerdict(_ classAndID: String) -> String? {
        let tokens = classAndID.split(separator: " ").map(String.init).filter { token in
            !statePrefixes.contains { token.hasPrefix($0) }
        }
        var softMatch: String?
        var rescued = false
        for token in tokens {
            if hidingClasses.contains(token) { return token }
            if let pattern = strongPatterns.first(where: token.contains) { return pattern }
            let words = token.split { $0 == "-" || $0 == "_" }
            if let word = words.first(where: { strongWords.contains(String($0)) }) { return String(word) }
            if let last = words.last, strongLastWords.contains(String(last)) { return String(last) }
            if softMatch == nil { softMatch = softPatterns.first(where: token.contains) }
            if rescuePatterns.contains(where: token.contains) { rescued = true }
        }
        return rescued ? nil : softMatch
    }

    /// Whether `element` holds at least `count` `<p>` elements; stops early, iterative.
    static func containsParagraphs(_ element: HTMLNode, atLeast count: Int) -> Bool {
        var found = 0
        var walker = HTMLTreeWalker(root: element)
        while let event = walker.next() {
            if case .enter(let node) = event, node.name == "p" {
                found += 1
                if found >= count { return true }
            }
        }
        return false
    }
}
