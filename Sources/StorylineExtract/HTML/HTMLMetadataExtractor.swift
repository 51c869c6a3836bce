import StorylineCore

/// Reads an article's title, URL, outlet, author, publication date and language from a parsed page.
///
/// Sources are tried from the most deliberate to the most incidental: JSON-LD (article types first),
/// then OpenGraph and `<meta>` tags, then markup in the page (`<time datetime>`, `rel=author`, the
/// article's `<h1>`), and for the date finally the visible text through ``DateTextParser``.
///
/// ```swift
/// let metadata = HTMLMetadataExtractor().extract(from: document, content: content, pageURL: url)
/// metadata.published?.iso8601  // "2024-10-15T10:12:00+02:00"
/// ```
public struct HTMLMetadataExtractor: Sendable {
    /// `<meta>` names that carry the publication date, most specific first.
    static let dateMetaNames = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "published-date", "dc.date",
        "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "article.published", "original-publish-date", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "displaydate", "og:article:published_time", "datecreated",
    ]
    static let authorMetaNames = [
        "author", "article:author_name", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
        "cxenseparse:author", "twitter:creator:name",
    ]

    /// An extractor; it has no settings.
    public init() {}

    /// The metadata of `document`.
    ///
    /// - Parameters:
    ///   - content: the extracted main content, used to prefer the article's own `<h1>` and `<time>` and to
    ///     search its opening for a written date.
    ///   - pageURL: where the page came from; resolves a relative canonical link and is the fallback URL.
    public func extract(from document: HTMLDocument, content: HTMLContent? = nil, pageURL: String? = nil)
        -> HTMLMetadata
    {
        let signals = PageSignals(document: document)
        let jsonLD = JSONLDMetadata(scripts: signals.jsonLDScripts)
        var metadata = HTMLMetadata()
        metadata.outlet = firstNonEmpty(
            signals.meta("og:site_name"), jsonLD.publisher, signals.meta("application-name"))
        metadata.title = title(signals: signals, jsonLD: jsonLD, content: content, outlet: metadata.outlet)
        metadata.url = url(signals: signals, jsonLD: jsonLD, pageURL: pageURL)
        metadata.author = author(signals: signals, jsonLD: jsonLD)
        metadata.published = published(signals: signals, jsonLD: jsonLD, content: content)
        metadata.language =
            [
                signals.htmlLanguage, signals.meta("og:locale"), signals.meta("content-language"), jsonLD.language,
                signals.meta("language", "dc.language"),
            ].lazy.compactMap { $0.flatMap(Self.languageCode) }.first
        return metadata
    }

    // MARK: Title

    func title(signals: PageSignals, jsonLD: JSONLDMetadata, content: HTMLContent?, outlet: String?) -> String? {
        let cleaner = TitleCleaner(outlet: outlet, pageTitle: signals.titleElement)
        if let headline = firstNonEmpty(jsonLD.headline) { return ParagraphRenderer.collapsingWhitespace(headline) }
        if let social = firstNonEmpty(signals.meta("og:title", "twitter:title")) {
            let decoded = ParagraphRenderer.collapsingWhitespace(HTMLEntityDecoder.decode(social))
            return cleaner.removingSiteName(from: decoded, onlyWhenOutlet: true)
        }
        if let heading = articleHeading(signals.headings, content: content) { return heading }
        return signals.titleElement.flatMap { firstNonEmpty(cleaner.removingSiteName(from: $0, onlyWhenOutlet: false)) }
    }

    /// The `<h1>` inside the content (or its `<article>`), or the page's only `<h1>`.
    func articleHeading(_ headings: [HTMLNode], content: HTMLContent?) -> String? {
        let roots = content?.roots ?? []
        let articles = roots.compactMap { root in
            sequence(first: root, next: \.parent).first { $0.name == "article" }
        }
        let inside = headings.first { heading in (roots + articles).contains { heading.isInside($0) } }
        guard let heading = inside ?? (headings.count == 1 ? headings.first : nil) else { return nil }
        return firstNonEmpty(ParagraphRenderer.collapsingWhitespace(heading.textContent))
    }

    // MARK: URL

    func url(signals: PageSignals, jsonLD: JSONLDMetadata, pageURL: String?) -> String? {
        let candidates = [signals.canonical, signals.meta("og:url"), jsonLD.url]
        for candidate in candidates {
            guard let candidate = firstNonEmpty(candidate) else { continue }
            if let absolute = Self.absoluteURL(candidate, base: pageURL) { return absolute }
        }
        return firstNonEmpty(pageURL)
    }

    /// `link` made absolute against `base`; nil when it cannot be (relative without a base).
    static func absoluteURL(_ rawLink: String, base: String?) -> String? {
        let link =
            rawLink.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
            ?? rawLink
        if link.hasPrefix("http://") || link.hasPrefix("https://") { return link }
        guard let base, let schemeEnd = base.firstRange(of: "://") else { return nil }
        if link.hasPrefix("//") { return String(base[..<schemeEnd.lowerBound]) + ":" + link }
        guard link.hasPrefix("/") else { return nil }
        let afterScheme = base[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return String(base[..<hostEnd]) + link
    }

    // MARK: Author

    func author(signals: PageSignals, jsonLD: JSONLDMetadata) -> String? {
        let fromJSONLD = jsonLD.authors.compactMap(Self.cleanedAuthor)
        if !fromJSONLD.isEmpty { return Self.uniqued(fromJSONLD).joined(separator: ", ") }
        for name in Self.authorMetaNames {
            let values = (signals.metas[name] ?? []).compactMap(Self.cleanedAuthor)
            if !values.isEmpty { return Self.uniqued(values).joined(separator: ", ") }
        }
        let articleAuthors = (signals.metas["article:author"] ?? []).compactMap(Self.cleanedAuthor)
        if !articleAuthors.isEmpty { return Self.uniqued(articleAuthors).joined(separator: ", ") }
        let marked = signals.authorMarkup.compactMap(Self.cleanedAuthor)
        return marked.isEmpty ? nil : Self.uniqued(marked).joined(separator: ", ")
    }

    /// The name without a "By " prefix; nil for URLs, handles and text too long to be a name.
    static func cleanedAuthor(_ raw: String) -> String? {
        var name = ParagraphRenderer.collapsingWhitespace(raw)
        for prefix in ["By ", "by ", "BY ", "Von ", "von ", "Par ", "par ", "Por ", "por "] where name.hasPrefix(prefix)
        {
            name = String(name.dropFirst(prefix.count))
        }
        name = name.trimmingWhitespace()
        if name.isEmpty || name.count > 120 || name.hasPrefix("@") { return nil }
        if name.hasPrefix("http://") || name.hasPrefix("https://") || name.hasPrefix("www.") || name.contains("/") {
            return nil
        }
        return name
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    // MARK: Date

    func published(signals: PageSignals, jsonLD: JSONLDMetadata, content: HTMLContent?) -> PublicationDate? {
        if let value = jsonLD.datePublished, let date = Self.date(from: value) { return date }
        for name in Self.dateMetaNames {
            for value in signals.metas[name] ?? [] {
                if let date = Self.date(from: value) { return date }
            }
        }
        let roots = content?.roots ?? []
        let inArticle = signals.times.first { time in roots.contains { time.node.isInside($0) } }
        for time in (inArticle.map { [$0] } ?? []) + signals.times {
            if let date = Self.date(from: time.value) { return date }
        }
        let parser = DateTextParser()
        for text in signals.dateTexts {
            if let match = parser.firstDate(in: text) { return match.date }
        }
        if let opening = content?.paragraphs.prefix(3).joined(separator: "\n\n"),
            let match = parser.firstDate(in: opening)
        {
            return match.date
        }
        return nil
    }

    /// `value` read as ISO 8601, else as written text.
    static func date(from value: String) -> PublicationDate? {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        if let date = PublicationDate(iso8601: trimmed) { return date }
        return DateTextParser().firstDate(in: trimmed)?.date
    }

    // MARK: Language

    /// The ISO 639-1 part of a language tag or locale (`en-GB`, `pt_BR`, `de`); nil when there is none.
    static func languageCode(_ tag: String) -> String? {
        let primary =
            tag.trimmingWhitespace().lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        guard primary.count == 2, primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return String(primary)
    }

    private func firstNonEmpty(_ values: String?...) -> String? {
        values.lazy.compactMap { $0?.trimmingWhitespace() }.first { !$0.isEmpty }
    }
}
