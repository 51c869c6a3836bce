import StorylineCore

/// Gathers the dates a page shows to its readers from the walk's signals, for ``PublicationDateSelector``.
///
/// Places, most deliberate first: `<time>` elements, elements whose class or id speaks of a date,
/// bylines, text nodes that hold a date alone, the text right after and right before the headline, and
/// the opening of the content and of the `<article>`. Nothing inside chrome (comments, related links,
/// sidebars, footers) is read. Each date is marked near the headline or not, and as a modification or a
/// publication by its class (`updated`, `published`) and by the words before it ("Updated on",
/// "Posted").
struct WrittenDates {
    var signals: PageSignals
    var headlineOrder: Int?
    var headlineFollowing: String?
    var headlinePreceding: String?
    /// The latest date the page states elsewhere; a written date more than two days after it is not the
    /// article's.
    var latest: PublicationDate?

    /// How far after the headline (in elements) a date still belongs to it, and how far before.
    static let followingSpan = 200
    static let precedingSpan = 40
    /// The same for a date alone in a text node, which nothing marks as the article's.
    static let closeSpan = 60
    static let closePrecedingSpan = 20

    /// Whether a written date is plausible as the article's: a day or finer, not before 1990, and not
    /// after `latest` (with two days' slack for zones and late edits).
    static func acceptance(latest: PublicationDate?) -> (PublicationDate) -> Bool {
        { date in
            guard date.precision >= .day, date.year >= 1990 else { return false }
            guard let latest else { return true }
            return date.secondsSinceEpoch <= latest.secondsSinceEpoch + 2 * 86_400
        }
    }

    /// Every written date, near the headline first; within each group by place, then page order.
    func all() -> [WrittenDate] {
        let accept = Self.acceptance(latest: latest)
        let referenceYear = latest?.year
        var result: [WrittenDate] = []

        for time in signals.times where !time.zone.contains(.boilerplate) {
            guard let machine = PublicationDateSelector.date(from: time.text), accept(machine) else { continue }
            let date = Self.shownDay(time.shown, of: machine) ?? machine
            let classUpdate =
                time.zone.contains(.updated) || (time.markers.contains(.updated) && !time.markers.contains(.published))
            let cue = time.before ?? ""
            result.append(
                WrittenDate(
                    date: date, source: .time, order: time.order, isNearHeadline: isNear(time),
                    isUpdate: time.isModified || classUpdate || DateCues.introducesUpdate(cue),
                    isPublication: time.isPublished || time.markers.contains(.published)
                        || DateCues.introducesPublication(cue)))
        }
        func add(_ marks: [PageSignals.Mark], source: WrittenDate.Source, near: (PageSignals.Mark) -> Bool) {
            for mark in marks where !mark.zone.contains(.boilerplate) {
                let classUpdate =
                    mark.zone.contains(.updated)
                    || (mark.markers.contains(.updated) && !mark.markers.contains(.published))
                for found in WrittenDate.dates(
                    in: mark.text, before: mark.before, referenceYear: referenceYear, accept: accept)
                {
                    result.append(
                        WrittenDate(
                            date: found.date, source: source, order: mark.order, isNearHeadline: near(mark),
                            isUpdate: found.isUpdate || (classUpdate && !found.isPublication),
                            isPublication: found.isPublication || mark.markers.contains(.published)))
                }
            }
        }
        add(signals.dateMarks, source: .mark, near: isNear)
        add(signals.authorMarks, source: .byline, near: isNear)
        add(signals.dateTexts, source: .dateText, near: isCloseToHeadline)

        // The first date after the headline is its dateline; the last one before it may be a kicker's.
        let texts = [(headlineFollowing, WrittenDate.Source.headline), (headlinePreceding, .beforeHeadline)]
        for case (let text?, let source) in texts {
            let found = WrittenDate.dates(in: text, before: nil, referenceYear: referenceYear, accept: accept)
            let dates = source == .headline ? Self.dateline(found) : found.suffix(1)
            for date in dates {
                result.append(
                    WrittenDate(
                        date: date.date, source: source, order: (headlineOrder ?? 0) + 1, isNearHeadline: true,
                        isUpdate: date.isUpdate, isPublication: date.isPublication))
            }
        }
        for text in [signals.contentOpening, signals.articleOpening] {
            let found = WrittenDate.dates(in: text, before: nil, referenceYear: referenceYear, accept: accept)
            for date in Self.dateline(found) {
                result.append(
                    WrittenDate(
                        date: date.date, source: .opening, order: Int.max - 1, isNearHeadline: true,
                        isUpdate: date.isUpdate, isPublication: date.isPublication))
            }
        }
        return ranked(result)
    }

    /// The dates of a dateline: its first date, and when that is an update ("Updated 20 March · Published
    /// 18 March"), the next one too if it is introduced as the publication.
    static func dateline(
        _ found: [(date: PublicationDate, isUpdate: Bool, isPublication: Bool)]
    ) -> ArraySlice<(date: PublicationDate, isUpdate: Bool, isPublication: Bool)> {
        guard let first = found.first else { return [] }
        if first.isUpdate, found.count > 1, found[1].isPublication { return found.prefix(2) }
        return found.prefix(1)
    }

    /// Near the headline first, closest first: a date after the headline by its distance in elements, one
    /// before it at three times that (a date above a headline is rarer than one below it, and lists of
    /// other articles often end right above it); the first date in the text after the headline as if 30
    /// elements on, the last one before it as if 45, the content's opening after everything close. Ties go
    /// to dates in markup made for them. Without a headline, and away from it: by place, then page order.
    /// The sort is stable.
    func ranked(_ dates: [WrittenDate]) -> [WrittenDate] {
        func key(_ date: WrittenDate) -> (Int, Int, Int) {
            guard date.isNearHeadline, let headlineOrder else { return (date.isNearHeadline ? 0 : 1, date.source.rawValue, date.order) }
            let distance: Int
            switch date.source {
            case .headline: distance = 30
            case .beforeHeadline: distance = 45
            case .opening: distance = Self.followingSpan
            default:
                distance = date.order >= headlineOrder ? date.order - headlineOrder : 3 * (headlineOrder - date.order)
            }
            return (0, distance, date.source.isMarkup ? 0 : 1)
        }
        return dates.enumerated().sorted { left, right in
            let (a, b) = (key(left.element), key(right.element))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// The day a `<time>` shows, when it is the day of its `datetime` or the one before or after (the
    /// page's zone); nil when it shows no full date.
    static func shownDay(_ shown: String?, of machine: PublicationDate) -> PublicationDate? {
        guard let shown, let match = DateTextParser().firstDate(in: shown, referenceYear: machine.year),
            match.date.precision >= .day
        else { return nil }
        let difference = PublicationDateSelector.dayNumber(match.date) - PublicationDateSelector.dayNumber(machine)
        // The same day keeps the machine value's time; a neighbouring day is the page's own zone speaking.
        if difference == 0 { return machine }
        return abs(difference) == 1 ? match.date : nil
    }

    /// Whether a mark sits in the content, in an `<article>`, or shortly after (or just before) the
    /// headline.
    func isNear(_ mark: PageSignals.Mark) -> Bool {
        if !mark.zone.isDisjoint(with: [.content, .article]) { return true }
        guard let headlineOrder else { return false }
        return mark.order > headlineOrder - Self.precedingSpan && mark.order < headlineOrder + Self.followingSpan
    }

    /// Whether a text sits shortly after (or just before) the headline; without a headline, whether it is
    /// in the content or the `<article>`. A date alone in a text node is only trusted there.
    func isCloseToHeadline(_ mark: PageSignals.Mark) -> Bool {
        guard let headlineOrder else { return !mark.zone.isDisjoint(with: [.content, .article]) }
        return mark.order > headlineOrder - Self.closePrecedingSpan && mark.order < headlineOrder + Self.closeSpan
    }
}
