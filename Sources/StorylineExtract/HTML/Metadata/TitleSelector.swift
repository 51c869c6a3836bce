/// Chooses a page's headline from its candidates by agreement between them.
///
/// The visible `<h1>` is what readers see, but pages also carry a logo in an `<h1>`, and headings may
/// hold a kicker line; the declared titles (JSON-LD `headline`, microdata, `og:title`,
/// `twitter:title`, `<title>` without its site name) are what the publisher calls the article. So:
/// 1. an `<h1>` (in the content or `<article>` when there is one there) that equals a declared title;
/// 2. an `<h1>` the `<title>` or `og:title` starts with ("Headline | Section | Site");
/// 3. a declared title the `<h1>` ends with (the `<h1>` has a kicker: "Tunisia Big tasks for…");
/// 4. an `<h1>` a declared title ends with ("Kicker: Headline");
/// 5. the only `<h1>`, when it reads like a headline (at least ``minimumHeadlineWords`` words);
/// 6. otherwise the first declared title, then the `<h1>`.
/// A heading that is the site's name (it equals a segment the `<title>` shares, or the outlet) is never
/// chosen.
struct TitleSelector {
    static let minimumHeadlineWords = 4
    static let maximumHeadlineWords = 40

    var headings: [PageSignals.Heading]
    var jsonLD: String?
    var microdata: String?
    var openGraph: String?
    var twitter: String?
    var titleElement: String?
    var cleaner: TitleCleaner

    func select() -> String? {
        let social = [openGraph, twitter].compactMap { $0.flatMap(Self.normalized) }
        let page = titleElement.flatMap(Self.normalized)
        var cleaner = cleaner
        // A heading equal to the first or last segment of a multi-part <title> is the site's name.
        if let page {
            for heading in headings where Self.isEdgeSegment(heading.text, of: page) {
                cleaner.siteNames.append(TitleKey.compact(heading.text))
            }
        }
        let declared = [jsonLD, microdata].compactMap { $0.flatMap(Self.normalized) }.map {
            cleaner.removingSiteName(from: $0, loose: false).title
        }
        let cleanedSocial = social.map { cleaner.removingSiteName(from: $0, loose: true).title }
        let cleanedPage = page.map { cleaner.removingSiteName(from: $0, loose: true).title }
        let metas = (declared + cleanedSocial + [cleanedPage].compactMap { $0 }).filter { !$0.isEmpty }
        let metaKeys = metas.map(TitleKey.words)
        let rawKeys = ([page].compactMap { $0 } + social).map(TitleKey.words)

        let pool = candidateHeadings(cleaner: cleaner)
        // Each heading is tried without its kicker first.
        let variants = pool.flatMap { heading in
            [heading.withoutKicker, heading.text].compactMap { $0 }.filter { !$0.isEmpty }
        }
        for variant in variants where metaKeys.contains(TitleKey.words(variant)) { return variant }
        for variant in variants where TitleKey.wordCount(variant) >= 2 {
            let key = TitleKey.words(variant)
            if rawKeys.contains(where: { $0.hasPrefix(key + " ") }) { return variant }
        }
        for variant in variants {
            let key = TitleKey.words(variant)
            for (index, metaKey) in metaKeys.enumerated() where TitleKey.wordCount(metas[index]) >= 2 {
                if key.hasSuffix(" " + metaKey), TitleKey.wordCount(variant) - TitleKey.wordCount(metas[index]) <= 6 {
                    return metas[index]
                }
            }
        }
        for variant in variants where TitleKey.wordCount(variant) >= 3 {
            let key = TitleKey.words(variant)
            if (metaKeys + rawKeys).contains(where: { $0.hasSuffix(" " + key) }) { return variant }
        }
        if pool.count == 1 {
            let heading = pool[0].withoutKicker ?? pool[0].text
            let words = TitleKey.wordCount(heading)
            if words >= Self.minimumHeadlineWords, words <= Self.maximumHeadlineWords { return heading }
        }
        return metas.first ?? variants.first
    }

    /// The `<h1>`s worth considering: those in the content or an `<article>` when there are any, else all;
    /// never one in a boilerplate region or one that is the site's name; at most three.
    func candidateHeadings(cleaner: TitleCleaner) -> [PageSignals.Heading] {
        let usable = headings.filter { heading in
            !heading.zone.contains(.boilerplate) && !cleaner.isSiteName(heading.text)
                && TitleKey.wordCount(heading.text) <= Self.maximumHeadlineWords * 2
        }
        let inside = usable.filter { !$0.zone.isDisjoint(with: [.content, .article]) }
        return Array((inside.isEmpty ? usable : inside).prefix(3))
    }

    /// Whether `text` is the first or the last segment of a multi-part `<title>` whose other end is longer
    /// (the other end is then the headline and `text` the site: "Site » Blog Archive » Headline").
    static func isEdgeSegment(_ text: String, of title: String) -> Bool {
        let key = TitleKey.words(text)
        guard !key.isEmpty, TitleKey.wordCount(text) <= 5 else { return false }
        for separator in TitleCleaner.separators {
            let parts = title.parts(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            let first = TitleKey.words(parts[0])
            let last = TitleKey.words(parts[parts.count - 1])
            if first == key, TitleKey.wordCount(last) > TitleKey.wordCount(key) { return true }
            if last == key, TitleKey.wordCount(first) > TitleKey.wordCount(key) { return true }
        }
        return false
    }

    /// `text` with entities decoded and white space collapsed; nil when empty.
    static func normalized(_ text: String) -> String? {
        let result = ParagraphRenderer.collapsingWhitespace(HTMLEntityDecoder.decode(text))
        return result.isEmpty ? nil : result
    }
}
