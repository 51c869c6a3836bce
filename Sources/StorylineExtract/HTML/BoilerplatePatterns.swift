/// The class and id vocabulary of page chrome and of article bodies, for ``ClassPatternMatcher``.
///
/// Plain patterns match anywhere in a token (`share` in `social-share-bar`); `|word|` matches a whole
/// word (`nav` but not `canvas`), `#token#` a whole token, `|word#` a token's last word.
enum BoilerplatePatterns {
    /// Always boilerplate.
    static let strong = [
        "share", "sharing", "social", "comment", "disqus", "newsletter", "subscribe", "subscription", "signup",
        "sign-up", "cookie", "consent", "gdpr", "related", "recommend", "breadcrumb", "advert", "adsbygoogle",
        "ad-slot", "ad-container", "ad-wrapper", "adunit", "ad-unit", "dfp-", "promo", "sponsor", "outbrain",
        "taboola", "popup", "modal", "author-bio", "authorbio", "author-info", "about-author", "about-the-author", "author-box",
        "authorbox", "author-description", "author-profile", "post-ratings",
        "postmetadata", "entry-utility", "entry-meta", "post-meta",
        "most-popular", "mostpopular", "most-read", "mostread", "trending", "skip-link", "skiplink", "pagination",
        "|pager|", "print-only", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden", "footer", "follow-us",
        "read-more", "readmore", "more-stories", "more-posts", "more-articles", "more-news", "further-reading", "|login|", "paywall-prompt", "|nav|", "|ad|",
        "|ads|", "offscreen", "|keywords|", "|tags#", "|tag#", "|taglist#", "|tagcloud#", "post-navigation",
        "prev-next", "next-post", "previous-post", "byline-share", "toc-container", "jp-relatedposts", "yarpp",
        "wp-block-latest-posts", "mc4wp", "widget-area",
    ]
    /// Boilerplate unless a rescue word is present too.
    static let soft = [
        "navigation", "navbar", "menu", "sidebar", "banner", "widget", "masthead", "toolbar", "topbar", "overlay",
        "tooltip", "dropdown", "carousel", "slider", "teaser", "meta-links", "|meta|",
    ]
    static let rescue = [
        "article", "content", "main", "story", "entry", "post", "body", "text",
        // Page builders that name every block a widget or a layout column.
        "elementor", "fusion-",
    ]
    static let bodyMarkers = [
        "article-body", "articlebody", "article__body", "article_body", "article-content", "article__content",
        "articlecontent", "article-text", "articletext", "story-body", "storybody", "story-content", "story__body",
        "post-content", "postcontent", "post-body", "post__content", "entry-content", "entry__content", "entry-body",
        "article-main", "content-body", "body-text", "main-text", "news-text", "news-body", "text-body",
        "rich-text", "richtext", "article-detail", "td-post-content", "single-content", "blog-content",
        "post-entry", "article-entry", "blog-post-body", "postbody", "post-text", "article__text", "c-entry-content",
        "page-content", "field-body", "field--name-body", "node-content", "story-text", "article-page", "#entry#",
    ]
    /// Never content, not even when nothing else is left (``ClassPatternMatcher/Category/notice``).
    static let notice = [
        "cookie", "consent", "gdpr", "newsletter", "subscribe", "subscription", "signup", "sign-up", "popup",
        "|modal|", "|login|", "sharedaddy", "sharethis",
    ]
    /// Left out of an article only (``ClassPatternMatcher/Category/articleChrome``).
    static let articleChrome = [
        "byline", "|author|", "rating", "timestamp", "buybox", "buy-box", "|meta|", "|metadata|", "popular", "subnav",
        "syndication", "viral", "user-info", "user-profile", "article-infos", "infoline", "-stars", "|tags|",
        "|date|", "dateline", "posted-on", "reading-time", "readtime", "|kicker|",
    ]
    static let caption = [
        "caption", "credit", "wp-caption-text", "image-source", "photo-source", "|legend|", "bildunterschrift",
    ]
    static let hiding = ["#hidden#", "#d|none#", "#invisible#", "#is|hidden#", "#visually|hidden#", "#hide#"]
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]
    static let negative = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
        "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "teaser", "card",
    ]

    /// Every pattern with its category, expanded for word and token edges.
    static let all: [(String, ClassPatternMatcher.Category)] = {
        var result: [(String, ClassPatternMatcher.Category)] = []
        func add(_ patterns: [String], _ category: ClassPatternMatcher.Category) {
            for pattern in patterns {
                // A word edge is also a token edge: expand `|x|` to every combination.
                let lead = pattern.hasPrefix("|") ? ["|", "#"] : [""]
                let trail = pattern.hasSuffix("|") ? ["|", "#"] : [""]
                var core = Substring(pattern)
                if pattern.hasPrefix("|") { core = core.dropFirst() }
                if pattern.hasSuffix("|") { core = core.dropLast() }
                for head in lead {
                    for tail in trail { result.append((head + core + tail, category)) }
                }
            }
        }
        add(strong, .strong)
        add(soft, .soft)
        add(rescue, .rescue)
        add(bodyMarkers, .bodyMarker)
        add(articleChrome, .articleChrome)
        add(notice, .notice)
        add(caption, .caption)
        add(hiding, .hiding)
        add(positive, .positive)
        add(negative, .negative)
        return result
    }()
}
