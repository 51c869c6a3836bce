import StorylineCore

/// Chooses when an article was first published and when it was last modified.
///
/// Published, most deliberate first: JSON-LD `datePublished` / `dateCreated`, the publication `<meta>`
/// tags, microdata `datePublished`, a `<time pubdate>` or `itemprop=datePublished`, a date in the address
/// (`/2024/10/15/`); then written dates near the headline — `<time>` elements and dated elements (class
/// `date`, `published`, `byline` …) in the article, the text right after the `<h1>`, the opening of the
/// article — then anywhere outside comments and sidebars, and finally the modification date. A date
/// introduced by "Updated" / "aktualisiert" … counts as a modification, not a publication.
///
/// Dates read from text must not lie after the page's other dates (its structured dates, the address,
/// the copyright year): a "published" date later than all of them is a date the article talks about.
struct PublicationDateSelector {
    /// `<meta>` names that carry the publication date, most specific first.
    static let publishedMetaNames = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "published-date", "dc.date",
        "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "article.published", "original-publish-date", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "displaydate", "og:article:published_time", "datecreated",
        "release_date", "date.release", "article_date_original", "dc.date.published", "publication_date",
    ]
    /// `<meta>` names that carry the modification date.
    static let modifiedMetaNames = [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "modified_time",
        "last-modified", "dc.date.modified", "dcterms.modified", "lastmod", "article:updated_time",
        "parsely-updated", "updated", "revised", "last_updated",
    ]
    /// Words that introduce a modification date, lowercase.
    static let updateWords = [
        "updated", "update", "modified", "aktualisiert", "geändert", "mis à jour", "actualizado", "actualizada",
        "aggiornato", "bijgewerkt", "zaktualizowano", "atualizado", "last edited", "edited", "revised", "обновлено",
    ]

    var signals: PageSignals
    var jsonLD: JSONLDMetadata
    /// The address of the page (canonical first), for a date in the path.
    var urls: [String]
    /// The order of the headline's `<h1>` in the walk, when the title came from one.
    var headlineOrder: Int?
    /// The text right after the headline's `<h1>`.
    var headlineFollowing: String?
    var paragraphs: [String]

    func select() -> (published: PublicationDate?, modified: PublicationDate?) {
        let modified = modifiedDate()
        let structured = structuredPublished()
        let urlDate = urls.lazy.compactMap(URLDate.date).first
        if let structured { return (structured, modified) }
        if let urlDate { return (urlDate, modified) }
        let latest = latestKnownDate(modified: modified)
        if let written = writtenPublished(latest: latest) { return (written, modified) }
        return (modified, modified)
    }

    // MARK: Structured

    func structuredPublished() -> PublicationDate? {
        if let value = jsonLD.datePublished, let date = Self.date(from: value) { return date }
        for name in Self.publishedMetaNames {
            for value in signals.metas[name] ?? [] {
                if let date = Self.date(from: value) { return date }
            }
        }
        if let value = signals.microdata.published?.text, let date = Self.date(from: value) { return date }
        for time in signals.times where time.isPublished {
            if let date = Self.date(from: time.text) { return date }
        }
        return nil
    }

    func modifiedDate() -> PublicationDate? {
        if let value = jsonLD.dateModified, let date = Self.date(from: value) { return date }
        for name in Self.modifiedMetaNames {
            for value in signals.metas[name] ?? [] {
                if let date = Self.date(from: value) { return date }
            }
        }
        if let value = signals.microdata.modified?.text, let date = Self.date(from: value) { return date }
        for time in signals.times where time.isModified {
            if let date = Self.date(from: time.text) { return date }
        }
        return nil
    }

    /// The latest of the dates the page states outside its text: structured dates, the modification date,
    /// the address, the end of the copyright year.
    func latestKnownDate(modified: PublicationDate?) -> PublicationDate? {
        var dates = [modified].compactMap { $0 } + urls.compactMap(URLDate.date)
        for names in [Self.publishedMetaNames, Self.modifiedMetaNames] {
            for name in names { dates += (signals.metas[name] ?? []).compactMap(Self.date) }
        }
        if let year = signals.copyrightYear, let end = PublicationDate(year: year, month: 12, day: 31) {
            dates.append(end)
        }
        return dates.max()
    }

    // MARK: Written

    /// The first written publication date near the headline, then anywhere outside boilerplate.
    func writtenPublished(latest: PublicationDate?) -> PublicationDate? {
        let referenceYear = latest?.year
        func accept(_ date: PublicationDate) -> Bool {
            guard date.precision >= .day, date.year >= 1990 else { return false }
            guard let latest else { return true }
            return date.secondsSinceEpoch <= latest.secondsSinceEpoch + 2 * 86_400
        }
        func first(in text: String) -> PublicationDate? {
            Self.publishedDate(in: text, referenceYear: referenceYear, accept: accept)
        }
        let usableTimes = signals.times.filter { !$0.zone.contains(.boilerplate) && !$0.isModified }
        let usableMarks = signals.dateMarks.filter { !$0.zone.contains(.boilerplate) }
        let nearTimes = usableTimes.filter(isNearHeadline)
        let nearMarks = usableMarks.filter(isNearHeadline)

        for time in nearTimes where !time.markers.contains(.updated) {
            if let date = Self.date(from: time.text), accept(date) { return date }
        }
        for mark in nearMarks where !mark.markers.contains(.updated) {
            if let date = first(in: mark.text) { return date }
        }
        for text in [headlineFollowing, signals.contentOpening, signals.articleOpening].compactMap({ $0 }) {
            if let date = first(in: text) { return date }
        }
        for time in usableTimes where !time.markers.contains(.updated) {
            if let date = Self.date(from: time.text), accept(date) { return date }
        }
        for mark in usableMarks where !mark.markers.contains(.updated) {
            if let date = first(in: mark.text) { return date }
        }
        let opening = paragraphs.prefix(3).joined(separator: "\n\n")
        return first(in: opening)
    }

    /// Whether a mark sits in the content, in an `<article>`, or shortly after the headline.
    func isNearHeadline(_ mark: PageSignals.Mark) -> Bool {
        if !mark.zone.isDisjoint(with: [.content, .article]) { return true }
        guard let headlineOrder else { return false }
        return mark.order > headlineOrder && mark.order < headlineOrder + 200
    }

    /// The first date in `text` that `accept` takes and that is not introduced as an update.
    static func publishedDate(
        in text: String, referenceYear: Int?, accept: (PublicationDate) -> Bool
    ) -> PublicationDate? {
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        for match in DateTextParser().allDates(in: text, referenceYear: referenceYear) {
            guard accept(match.date) else { continue }
            let before = String(String.UnicodeScalarView(scalars[max(0, match.start - 30)..<match.start]))
            if isIntroducedAsUpdate(before) { continue }
            return match.date
        }
        return nil
    }

    /// Whether the text before a date ends with "Updated", "Updated on", "aktualisiert am:" ….
    static func isIntroducedAsUpdate(_ before: String) -> Bool {
        var text = Substring(before.lowercased())
        func trimEnd() {
            while let last = text.last, last == " " || last == ":" || last == "-" || last == "," || last == "\u{A0}" {
                text.removeLast()
            }
        }
        trimEnd()
        for small in [" on", " am", " le", " el", " il", " at", " op"] where text.hasSuffix(small) {
            text.removeLast(small.count)
            trimEnd()
            break
        }
        return updateWords.contains { text.hasSuffix($0) }
    }

    /// `value` read as ISO 8601, else as written text.
    static func date(from value: String) -> PublicationDate? {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        if let date = PublicationDate(iso8601: trimmed) { return date }
        return DateTextParser().firstDate(in: trimmed)?.date
    }
}
