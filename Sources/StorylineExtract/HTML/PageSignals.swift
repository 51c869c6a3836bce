/// The raw metadata a page carries, gathered in one walk over the tree: `<meta>` tags, links, JSON-LD
/// scripts, microdata, `<time>` elements, headings with the text that follows them, bylines, dated
/// elements and the copyright year.
///
/// The walk reads the document arena's bytes directly (``RawNode``, ``MetadataAttributes``, ``ClassMarkers``) and
/// makes `String`s only for what it keeps, so it costs little more than visiting each node once.
struct PageSignals {
    /// Where an element sits, as far as metadata cares.
    struct Zone: OptionSet {
        let rawValue: UInt8
        /// Inside one of the extracted content's roots.
        static let content = Zone(rawValue: 1 << 0)
        /// Inside an `<article>` element or an article microdata scope.
        static let article = Zone(rawValue: 1 << 1)
        /// Inside `<footer>`, `<aside>`, `<nav>`, `<form>` or a comments / related / sidebar region.
        static let boilerplate = Zone(rawValue: 1 << 2)
        /// Inside a footer (tag or class), where the copyright line lives.
        static let footer = Zone(rawValue: 1 << 3)
        /// Inside `<head>`.
        static let head = Zone(rawValue: 1 << 4)
    }

    /// An `<h1>`, with its text, the text without a kicker line, and the text that follows it.
    struct Heading {
        var text: String
        /// The heading without a kicker (`<span class="kicker">`) inside it; nil when it has none.
        var withoutKicker: String?
        var order: Int
        var zone: Zone
        /// Up to ``followingLimit`` bytes of the text after the heading (bylines and datelines sit there).
        var following = ""
    }

    /// A short text of an element that looks like a byline or a date, or a `<time>` value.
    struct Mark {
        var text: String
        var order: Int
        var zone: Zone
        var markers: ClassMarkers
        /// For `<time>`: it has `pubdate` or `itemprop=datePublished`.
        var isPublished = false
        /// For `<time>`: `itemprop=dateModified`.
        var isModified = false
    }

    static let followingLimit = 400
    static let openingLimit = 600
    static let markLimit = 200
    static let maximumMarks = 40
    static let maximumHeadings = 6

    /// `<meta>` contents by lowercased `name`, `property`, `itemprop` or `http-equiv`, in page order.
    var metas: [String: [String]] = [:]
    var canonical: String?
    var htmlLanguage: String?
    var titleElement: String?
    var jsonLDScripts: [String] = []
    var headings: [Heading] = []
    /// `<time>` elements: `datetime` (or the text when there is none).
    var times: [Mark] = []
    /// Texts of `rel=author` links, `itemprop=author` outside microdata scopes and byline / author classes.
    var authorMarks: [Mark] = []
    /// Short texts of elements whose class or id speaks of a date.
    var dateMarks: [Mark] = []
    var microdata = MicrodataArticle()
    /// The first text of the content root and of the first `<article>`, before any filtering.
    var contentOpening = ""
    var articleOpening = ""
    /// The latest year in a "© 2012–2024" line.
    var copyrightYear: Int?

    /// The first value of any of `names`, in the order of `names`.
    func meta(_ names: String...) -> String? {
        for name in names {
            if let value = metas[name]?.first { return value }
        }
        return nil
    }

    init(document: HTMLDocument, contentRoots: [HTMLNode] = []) {
        guard let root = document.root else { return }
        if document.classMarkers.isEmpty {
            document.classMarkers = [UInt16](repeating: UInt16.max, count: document.classValueCount)
        }
        var walk = PageSignalsWalk(contentRoots: contentRoots.map { Int($0.index) }, in: document)
        walk.run(from: RawNode(Int(root.index), in: document), into: &self)
        // `document` must outlive every RawNode the walk touched.
        withExtendedLifetime(document) {}
    }
}
