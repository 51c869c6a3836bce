import StorylineText
import StorylineCore

/// Reads the dates a text gives without writing them out: "yesterday", "on Monday", "last week",
/// "two days ago", "in July", "in 2026". Used by ``DateMentionResolver``.
///
/// Everything but a bare year needs the reference date; a bare year needs only a date word before it.
struct RelativeDateReader {
    let tokens: [ScalarRun]
    let scalars: [Unicode.Scalar]
    let reference: PublicationDate?
    /// Tokens already inside an absolute date.
    let taken: [Bool]
    /// For each token, the token range of its sentence (for tense).
    let sentenceRange: [Range<Int>]

    /// The relative, month-only and year-only mentions, in order, without event terms.
    func mentions() -> [DateMention] {
        var result: [DateMention] = []
        var index = 0
        var lastYearEnd = -1
        var lastMonthEnd = -1
        while index < tokens.count {
            guard !taken[index] else {
                index += 1
                continue
            }
            if let (mention, end) = yearOnly(at: index, afterYearEndingAt: lastYearEnd), isFree(index..<end) {
                result.append(mention)
                lastYearEnd = end
                index = end
            } else if let reference,
                let (mention, end) = relative(at: index, reference: reference)
                    ?? monthOnly(at: index, reference: reference, afterMonthEndingAt: lastMonthEnd), isFree(index..<end)
            {
                if mention.granularity == .month, !mention.isRelative { lastMonthEnd = end }
                result.append(mention)
                index = end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Whether no token of `range` lies inside an absolute date.
    private func isFree(_ range: Range<Int>) -> Bool { !range.contains { taken[$0] } }

    private func relative(at index: Int, reference: PublicationDate) -> (DateMention, Int)? {
        let today = CalendarDay(reference)
        return ago(at: index, reference: reference) ?? dayWord(at: index, today: today)
            ?? period(at: index, reference: reference) ?? weekday(at: index, today: today)
    }

    // MARK: - Pieces

    /// "two days ago", "3 weeks ago", "a year ago".
    private func ago(at index: Int, reference: PublicationDate) -> (DateMention, Int)? {
        guard index + 2 < tokens.count, let count = count(at: index), let unit = word(at: index + 1),
            let days = DateWords.agoUnits[unit], word(at: index + 2) == "ago"
        else { return nil }
        let today = CalendarDay(reference)
        let date: PublicationDate?
        let granularity: DateMention.Granularity
        switch unit {
        case "month", "months":
            let months = reference.year * 12 + reference.month - 1 - count
            date = PublicationDate(year: months / 12, month: months % 12 + 1, precision: .month)
            granularity = .month
        case "year", "years":
            date = PublicationDate(year: reference.year - count, precision: .year)
            granularity = .year
        default:
            date = today.adding(days: -count * days).publicationDate
            granularity = days == 7 ? .week : .day
        }
        return date.map { (make($0, granularity, index, index + 3, relative: true), index + 3) }
    }

    /// "today", "yesterday", "tomorrow", "tonight", "the day before yesterday", "this morning", "last night".
    private func dayWord(at index: Int, today: CalendarDay) -> (DateMention, Int)? {
        guard let first = word(at: index) else { return nil }
        let single: [String: Int] = ["today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1]
        if let shift = single[first] { return day(today.adding(days: shift), index, index + 1) }
        if first == "the", word(at: index + 1) == "day", let direction = word(at: index + 2),
            let target = word(at: index + 3)
        {
            if direction == "before", target == "yesterday" { return day(today.adding(days: -2), index, index + 4) }
            if direction == "after", target == "tomorrow" { return day(today.adding(days: 2), index, index + 4) }
        }
        if first == "this", let part = word(at: index + 1), ["morning", "afternoon", "evening"].contains(part) {
            return day(today, index, index + 2)
        }
        if first == "last", word(at: index + 1) == "night" { return day(today.adding(days: -1), index, index + 2) }
        return nil
    }

    /// "last week", "this month", "next year", "earlier this month", "late last year".
    private func period(at index: Int, reference: PublicationDate) -> (DateMention, Int)? {
        var position = index
        if let lead = word(at: position), ["earlier", "later", "early", "late"].contains(lead) { position += 1 }
        guard let which = word(at: position), ["this", "last", "next"].contains(which),
            let unit = word(at: position + 1), ["week", "month", "year"].contains(unit)
        else { return nil }
        // "in the last year" is a stretch of time, not a date.
        if index >= 1, ["the", "past"].contains(tokens[index - 1].lower) { return nil }
        let shift = which == "last" ? -1 : which == "next" ? 1 : 0
        let end = position + 2
        switch unit {
        case "week":
            let today = CalendarDay(reference)
            let monday = today.adding(days: 1 - today.weekday + 7 * shift)
            return monday.publicationDate.map { (make($0, .week, index, end, relative: true), end) }
        case "month":
            let months = reference.year * 12 + reference.month - 1 + shift
            let date = PublicationDate(year: months / 12, month: months % 12 + 1, precision: .month)
            return date.map { (make($0, .month, index, end, relative: true), end) }
        default:
            let date = PublicationDate(year: reference.year + shift, precision: .year)
            return date.map { (make($0, .year, index, end, relative: true), end) }
        }
    }

    /// "Monday", "on Monday", "last Friday", "next Tuesday", "this coming Sunday": the most recent such
    /// day on or before the reference in a past-tense clause, the next one on or after it in a future one.
    private func weekday(at index: Int, today: CalendarDay) -> (DateMention, Int)? {
        var position = index
        var modifier: String?
        if let first = word(at: index), ["last", "next", "this", "coming", "past"].contains(first) {
            modifier = first
            position += 1
            if first == "this", word(at: position) == "coming" {
                modifier = "coming"
                position += 1
            }
        }
        guard let name = word(at: position), let target = DateWords.weekdays[name] else { return nil }
        if modifier == nil, !isDateWeekday(at: position) { return nil }
        let back = (today.weekday - target + 7) % 7
        let ahead = (target - today.weekday + 7) % 7
        let shift: Int
        switch modifier {
        case "last", "past": shift = back == 0 ? -7 : -back
        case "next", "coming": shift = ahead == 0 ? 7 : ahead
        default:
            let sentence = sentenceRange[position]
            let future = TenseGuess.isFuture(
                tokens, at: position, clauseStart: sentence.lowerBound, clauseEnd: sentence.upperBound)
            shift = future ? ahead : -back
        }
        guard let date = today.adding(days: shift).publicationDate else { return nil }
        return (make(date, .day, index, position + 1, relative: true), position + 1)
    }

    // MARK: - Helpers

    /// Whether a weekday name dates something rather than naming a thing: not "the Sunday Times" or
    /// "every Monday", and not "Black Friday" (a capitalised word before it inside the sentence).
    private func isDateWeekday(at index: Int) -> Bool {
        guard index >= 1, tokens[index].newlines == 0 else { return true }
        let previous = tokens[index - 1]
        if ["the", "a", "an", "every", "each"].contains(previous.lower) { return false }
        let sentenceStart = sentenceRange[index].lowerBound
        return !(previous.kind == .word && previous.isCapitalized && index - 1 > sentenceStart)
    }

    /// The word at `index`, lowercased, without a possessive "'s", when it is a word on the same line as
    /// the token before it (the first token may follow a line break).
    func word(at index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        return Self.strippingPossessive(tokens[index].lower)
    }

    /// A small count at `index`: digits, a number word, or "a"/"an".
    private func count(at index: Int) -> Int? {
        let token = tokens[index]
        if token.kind == .number, token.digitCount <= 3 { return Int(token.text) }
        guard let word = word(at: index) else { return nil }
        if ["a", "an"].contains(word) { return 1 }
        return (NumberWords.units[word] ?? NumberWords.tens[word]).map { Int($0) }
    }

    private func day(_ day: CalendarDay, _ first: Int, _ end: Int) -> (DateMention, Int)? {
        day.publicationDate.map { (make($0, .day, first, end, relative: true), end) }
    }

    /// A mention over tokens `first..<end`, without a trailing possessive "'s".
    func make(
        _ date: PublicationDate, _ granularity: DateMention.Granularity, _ first: Int, _ end: Int, relative: Bool,
        yearInferred: Bool = false
    ) -> DateMention {
        let last = tokens[end - 1]
        let trim = last.kind == .word && Self.strippingPossessive(last.lower) != last.lower ? 2 : 0
        let start = tokens[first].start
        let stop = last.end - trim
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<stop])
        return DateMention(
            date: date, granularity: granularity, surface: String(view), start: start, end: stop,
            isRelative: relative, isYearInferred: yearInferred)
    }

    private static func strippingPossessive(_ word: String) -> String {
        // Scalar checks: `String.hasSuffix` compares graphemes and is slow in this per-token path.
        let scalars = word.unicodeScalars
        guard scalars.count > 2, scalars.last == "s" else { return word }
        let apostrophe = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        guard apostrophe == "'" || apostrophe == "’" else { return word }
        var view = word.unicodeScalars
        view.removeLast(2)
        return String(view)
    }
}
