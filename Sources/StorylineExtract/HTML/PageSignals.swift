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
        /// Inside an element whose class or id marks a modification (`updated`, `modified`) and not a
        /// publication: the dates there are when the article changed.
        static let updated = Zone(rawValue: 1 << 5)
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
        /// The last texts before the heading outside chrome, up to ``precedingLimit`` bytes (a date above a
        /// headline, in its kicker line or figure caption).
        var preceding = ""
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
        /// For `<time>` with a `datetime`: the text it shows, which gives the day in the page's own zone.
        var shown: String?
        /// The end of the text before the element, where a label ("Updated on", "Published") stands.
        var before: String?
    }

    static let followingLimit = 400
    static let precedingLimit = 160
    /// A text node holding a date alone ("Nov 21, 2018", "Posted on 13.01.2022") has at most this many
    /// bytes besides white space, and at least ``dateTextDigits`` ASCII digits.
    static let dateTextLimit = 40
    static let dateTextDigits = 5
    static let maximumDateTexts = 60
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
    /// Text nodes short enough and with digits enough to be a date standing alone, outside `<head>`.
    var dateTexts: [Mark] = []
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
