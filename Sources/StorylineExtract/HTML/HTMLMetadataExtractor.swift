import StorylineCore

/// Reads an article's title, URL, outlet, authors, publication and modification dates and language from
/// a parsed page.
///
/// One walk over the tree (``PageSignals``) gathers every candidate — `<meta>` tags, JSON-LD, microdata,
/// `<h1>`s with the text after them, `<time>` elements, bylines, dated elements — and then each field is
/// chosen by its own rules: the title by agreement between the visible heading and the declared titles
/// (``TitleSelector``), the dates from the most deliberate source to the most incidental
/// (``PublicationDateSelector``), the authors likewise (``AuthorSelector``).
///
/// ```swift
/// let metadata = HTMLMetadataExtractor().extract(from: document, content: content, pageURL: url)
/// metadata.published?.iso8601  // "2024-10-15T10:12:00+02:00"
/// metadata.authors             // ["Maria Lopez", "Tom Reed"]
/// ```
public struct HTMLMetadataExtractor: Sendable {
    /// An extractor; it has no settings.
    public init() {}

    /// The metadata of `document`.
    ///
    /// - Parameters:
    ///   - content: the extracted main content; its roots tell which `<h1>`, `<time>` and bylines belong to
    ///     the article, and its opening paragraphs are the last place a date is looked for.
    ///   - pageURL: where the page came from; resolves a relative canonical link, is the fallback URL, and
    ///     its host and path help recognise the site's name and a date.
    public func extract(from document: HTMLDocument, content: HTMLContent? = nil, pageURL: String? = nil)
        -> HTMLMetadata
    {
        let signals = PageSignals(document: document, contentRoots: content?.roots ?? [])
        let jsonLD = JSONLDMetadata(scripts: signals.jsonLDScripts)
        var metadata = HTMLMetadata()
        metadata.url = url(signals: signals, jsonLD: jsonLD, pageURL: pageURL)
        let declaredOutlet = [
            signals.meta("og:site_name"), jsonLD.publisher, signals.microdata.publisher, signals.meta("application-name"),
        ].lazy.compactMap { $0.flatMap(Self.nonEmpty) }.first

        let cleaner = TitleCleaner(
            siteNames: [declaredOutlet, jsonLD.publisher].compactMap { $0 }, pageURL: metadata.url ?? pageURL)
        let selector = TitleSelector(
            headings: signals.headings, jsonLD: jsonLD.headline, microdata: signals.microdata.headline?.text,
            openGraph: signals.meta("og:title"), twitter: signals.meta("twitter:title"),
            titleElement: signals.titleElement, cleaner: cleaner)
        let title = selector.select()
        metadata.title = title
        metadata.outlet = declaredOutlet ?? titleSiteName(signals.titleElement, cleaner: cleaner)

        let headline = headline(matching: title, in: signals, cleaner: cleaner)
        let siteNames = [metadata.outlet, jsonLD.publisher].compactMap { $0 }
        metadata.authors =
            AuthorSelector(
                signals: signals, jsonLD: jsonLD, siteNames: siteNames, headlineOrder: headline?.order,
                headlineFollowing: headline?.following
            ).select()
        metadata.author = metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", ")

        let dateSelector = PublicationDateSelector(
            signals: signals, jsonLD: jsonLD, urls: [metadata.url, pageURL].compactMap { $0 },
            headlineOrder: headline?.order, headlineFollowing: headline?.following,
            headlinePreceding: headline?.preceding, paragraphs: content?.paragraphs ?? []
        )
        let dates = dateSelector.select()
        metadata.published = dates.published
        metadata.modified = dates.modified

        metadata.language =
            [
                signals.htmlLanguage, signals.meta("og:locale"), signals.meta("content-language"), jsonLD.language,
                signals.meta("language", "dc.language"),
            ].lazy.compactMap { $0.flatMap(Self.languageCode) }.first
        return metadata
    }

    // MARK: Title

    /// The `<h1>` the title came from, else the first one in the content or article.
    func headline(matching title: String?, in signals: PageSignals, cleaner: TitleCleaner) -> PageSignals.Heading? {
        let key = title.map(TitleKey.words)
        if let key, let heading = signals.headings.first(where: { heading in
            TitleKey.words(heading.text) == key || heading.withoutKicker.map(TitleKey.words) == key
        }) {
            return heading
        }
        let selector = TitleSelector(
            headings: signals.headings, jsonLD: nil, microdata: nil, openGraph: nil, twitter: nil, titleElement: nil,
            cleaner: cleaner)
        return selector.candidateHeadings(cleaner: cleaner).first
    }

    /// The site-name segment of the `<title>` when it matches the host ("Headline - Tastewise").
    func titleSiteName(_ title: String?, cleaner: TitleCleaner) -> String? {
        guard let title, !cleaner.hostKeys.isEmpty else { return nil }
        var hostOnly = TitleCleaner()
        hostOnly.hostKeys = cleaner.hostKeys
        return hostOnly.removingSiteName(from: title, loose: false).removed
    }

    // MARK: URL

    func url(signals: PageSignals, jsonLD: JSONLDMetadata, pageURL: String?) -> String? {
        let candidates = [signals.canonical, signals.meta("og:url"), jsonLD.url]
        for candidate in candidates {
            guard let candidate = candidate.flatMap(Self.nonEmpty) else { continue }
            if let absolute = Self.absoluteURL(candidate, base: pageURL) { return absolute }
        }
        return pageURL.flatMap(Self.nonEmpty)
    }

    /// `link` made absolute against `base`; nil when it cannot be (relative without a base).
    static func absoluteURL(_ rawLink: String, base: String?) -> String? {
        let link =
            rawLink.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
            ?? rawLink
        if link.hasPrefix("http://") || link.hasPrefix("https://") { return link }
        guard let base, let schemeEnd = base.firstRange(of: "://") else { return nil }
        if link.hasPrefix("//") { return String(base[..<schemeEnd.lowerBound]) + ":" + link }
        let afterScheme = base[schemeEnd.upperBound...]
        let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        if link.hasPrefix("/") { return String(base[..<hostEnd]) + link }
        // A relative path ("story.html"): resolved against the base's directory.
        guard !link.isEmpty, !link.contains(":"), !link.hasPrefix("?") else { return nil }
        let path = base[hostEnd...].prefix { $0 != "?" && $0 != "#" }
        let directory = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return String(base[..<hostEnd]) + directory + link
    }

    // MARK: Language

    /// The ISO 639-1 part of a language tag or locale (`en-GB`, `pt_BR`, `de`); nil when there is none.
    static func languageCode(_ tag: String) -> String? {
        let primary =
            tag.trimmingWhitespace().lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""
        guard primary.count == 2, primary.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return nil }
        return String(primary)
    }

    private static func nonEmpty(_ value: String) -> String? {
        let trimmed = ParagraphRenderer.collapsingWhitespace(HTMLEntityDecoder.decode(value))
        return trimmed.isEmpty ? nil : trimmed
    }
}
