import StorylineCore

/// Chooses when an article was first published and when it was last modified.
///
/// Published, most deliberate first:
/// 1. structured data — JSON-LD `datePublished` / `dateCreated` in ISO 8601, the publication `<meta>` tags,
///    microdata `datePublished`, a `<time pubdate>` or `itemprop=datePublished`;
/// 2. a date in the address (`/2024/10/15/`);
/// 3. a date the page shows near its headline (``WrittenDates``): `<time>` elements, dated elements (class
///    `date`, `published`, `byline` …), bylines, texts that are a date alone, the text right after and
///    right before the `<h1>`, the opening of the article;
/// 4. weaker structured data: a JSON-LD date not in ISO 8601 (a template's text rather than the
///    publishing system's value), `<meta>` names that speak of publication without being well known;
/// 5. the same written dates anywhere outside comments and sidebars, then the first paragraphs;
/// 6. the modification date, structured or written ("Last updated: …"), for pages that show no other.
///
/// A structured date-time in UTC is moved to the day the page shows beside its headline when that is
/// the day before or after: "2020-02-25T02:25Z" is Feb 24 where the article was published.
/// Dates read from text must not lie after the page's other dates (its structured dates, the address,
/// an archive's capture time): a "published" date later than all of them is a date the article talks
/// about. A date introduced by "Updated" / "aktualisiert" … counts as a modification, not a publication.
struct PublicationDateSelector {
    var signals: PageSignals
    var jsonLD: JSONLDMetadata
    /// The address of the page (canonical first), for a date in the path.
    var urls: [String]
    /// The order of the headline's `<h1>` in the walk, when the title came from one.
    var headlineOrder: Int?
    /// The text right after the headline's `<h1>`.
    var headlineFollowing: String?
    /// The text right before the headline's `<h1>`.
    var headlinePreceding: String?
    var paragraphs: [String]

    func select() -> (published: PublicationDate?, modified: PublicationDate?) {
        let modified = modifiedDate()
        let candidates = structuredCandidates()
        let urlDate = urls.lazy.compactMap(URLDate.date).first
        let latest = latestKnownDate(modified: modified)
        // The written dates are read only when the structured ones leave a question (they cost the most).
        let written = Self.isSettled(candidates) ? [] : writtenDates(latest: latest)
        if let strict = Self.corroborated(candidates, by: written) {
            return (Self.shownDay(of: strict, written: written, urlDate: urlDate), modified)
        }
        if let urlDate { return (urlDate, modified) }
        let usable = written.filter { !$0.isUpdate }
        if let near = usable.first(where: \.isNearHeadline) { return (near.date, modified) }
        // A page that shows only when it was updated stands by that date.
        let shownUpdate = written.first { $0.isUpdate && $0.isNearHeadline }?.date
        if let shownUpdate { return (shownUpdate, modified ?? shownUpdate) }
        if let loose = structuredPublished(strict: false) { return (loose, modified) }
        if let anywhere = usable.first { return (anywhere.date, modified) }
        if let opening = openingParagraphsDate(latest: latest) { return (opening, modified) }
        return (modified, modified)
    }

    // MARK: Structured

    /// The structured publication dates, most deliberate first: JSON-LD in ISO 8601, the well-known
    /// `<meta>` names, microdata, `<time pubdate>`.
    func structuredCandidates() -> [PublicationDate] {
        var result: [PublicationDate] = []
        if let value = jsonLD.datePublished, let date = PublicationDate(iso8601: value.trimmingWhitespace()) {
            result.append(date)
        }
        for name in MetaDateNames.published {
            for value in signals.metas[name] ?? [] {
                if let date = Self.date(from: value) { result.append(date) }
            }
        }
        if let value = signals.microdata.published?.text, let date = Self.date(from: value) { result.append(date) }
        for time in signals.times where time.isPublished {
            if let date = Self.date(from: time.text) { result.append(date) }
        }
        return result
    }

    /// Whether the structured dates answer alone: they agree on the day and the first is not a UTC
    /// date-time (whose day depends on the zone the page shows).
    static func isSettled(_ candidates: [PublicationDate]) -> Bool {
        guard let first = candidates.first else { return false }
        if first.utcOffsetMinutes == 0, first.precision >= .minute { return false }
        let day = dayNumber(first)
        return candidates.allSatisfy { dayNumber($0) == day }
    }

    /// The first structured date, or, when they disagree on the day, the first one whose day the page
    /// shows near its headline (a template's stale `datePublished` beside the page's real
    /// `article:published_time`).
    static func corroborated(_ candidates: [PublicationDate], by written: [WrittenDate]) -> PublicationDate? {
        guard let first = candidates.first else { return nil }
        let days = Set(candidates.map(dayNumber))
        guard days.count > 1,
            let shown = written.first(where: { $0.isNearHeadline && !$0.isUpdate }).map({ dayNumber($0.date) })
        else { return first }
        return candidates.first { dayNumber($0) == shown } ?? first
    }

    /// The structured publication date; `strict` leaves out JSON-LD values that are not ISO 8601 and
    /// `<meta>` names that are not well known, and reads only those when false.
    func structuredPublished(strict: Bool) -> PublicationDate? {
        if strict { return structuredCandidates().first }
        if let value = jsonLD.datePublished, PublicationDate(iso8601: value.trimmingWhitespace()) == nil,
            let date = Self.date(from: value)
        {
            return date
        }
        return otherMetaDate(.published)
    }

    func modifiedDate() -> PublicationDate? {
        if let value = jsonLD.dateModified, let date = Self.date(from: value) { return date }
        for name in MetaDateNames.modified {
            for value in signals.metas[name] ?? [] {
                if let date = Self.date(from: value) { return date }
            }
        }
        if let value = signals.microdata.modified?.text, let date = Self.date(from: value) { return date }
        for time in signals.times where time.isModified {
            if let date = Self.date(from: time.text) { return date }
        }
        return otherMetaDate(.modified)
    }

    /// The first date under a `<meta>` name that is not well known but speaks of `kind`, names in
    /// alphabetical order.
    func otherMetaDate(_ kind: MetaDateNames.Kind) -> PublicationDate? {
        let known = kind == .published ? MetaDateNames.published : MetaDateNames.modified
        let names = signals.metas.keys.filter { !known.contains($0) && MetaDateNames.kind(of: $0) == kind }
        for name in names.sorted() {
            for value in signals.metas[name] ?? [] {
                if let date = Self.date(from: value) { return date }
            }
        }
        return nil
    }

    /// The latest of the dates the page states outside its text: structured dates, the modification date,
    /// the address, an archive's capture time.
    func latestKnownDate(modified: PublicationDate?) -> PublicationDate? {
        var dates = [modified].compactMap { $0 } + urls.compactMap(URLDate.date)
        dates += urls.compactMap(URLDate.archiveCapture)
        for names in [MetaDateNames.published, MetaDateNames.modified] {
            for name in names { dates += (signals.metas[name] ?? []).compactMap(Self.date) }
        }
        return dates.max()
    }

    // MARK: Written

    /// The dates the page shows, published and updated, in the order they are trusted: near the headline
    /// first, each kind of place in page order.
    func writtenDates(latest: PublicationDate?) -> [WrittenDate] {
        WrittenDates(
            signals: signals, headlineOrder: headlineOrder, headlineFollowing: headlineFollowing,
            headlinePreceding: headlinePreceding, latest: latest
        ).all()
    }

    /// The first date in the article's opening paragraphs.
    func openingParagraphsDate(latest: PublicationDate?) -> PublicationDate? {
        let opening = paragraphs.prefix(3).joined(separator: "\n\n")
        let accept = WrittenDates.acceptance(latest: latest)
        return WrittenDate.dates(in: opening, before: nil, referenceYear: latest?.year, accept: accept)
            .first { !$0.isUpdate }?.date
    }

    /// `structured` moved to the day the page shows near its headline, when `structured` is a UTC
    /// date-time and the shown day is the one before or after (the page's own zone decides the day). A
    /// date in the address is the page's own day too and settles it.
    static func shownDay(
        of structured: PublicationDate, written: [WrittenDate], urlDate: PublicationDate?
    ) -> PublicationDate {
        guard structured.utcOffsetMinutes == 0, structured.precision >= .minute else { return structured }
        let day = structured.secondsSinceEpoch / 86_400
        if let urlDate {
            let urlDay = dayNumber(urlDate)
            if urlDay == day - 1 || urlDay == day + 1 { return urlDate }
            return structured
        }
        for candidate in written where candidate.isNearHeadline && !candidate.isUpdate {
            // A shown date-time with its own zone is an instant like the structured one, not a local day.
            guard candidate.date.utcOffsetMinutes == nil || candidate.date.precision == .day else { continue }
            let shown = Self.dayNumber(candidate.date)
            if shown == day { return structured }
            // Zones run from UTC−12 to UTC+14: the day before only for a morning UTC time, after only late.
            if shown == day - 1, structured.hour < 12 { return candidate.date }
            if shown == day + 1, structured.hour >= 10 { return candidate.date }
        }
        return structured
    }

    /// Days since 1970-01-01 of the date's calendar day, whatever its zone.
    static func dayNumber(_ date: PublicationDate) -> Int {
        (PublicationDate(year: date.year, month: date.month, day: date.day)?.secondsSinceEpoch ?? 0) / 86_400
    }

    /// `value` read as ISO 8601, else as written text.
    static func date(from value: String) -> PublicationDate? {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        if let date = PublicationDate(iso8601: trimmed) { return date }
        return DateTextParser().firstDate(in: trimmed)?.date
    }
}
