import StorylineText
import StorylineCore

/// The patterns of written dates, tried at one token at a time. Used by ``DateTextParser``.
///
/// Each pattern reads a calendar date; ``time(at:)`` then reads a time of day after it. A match
/// never crosses a blank line.
struct DateGrammar {
    let tokens: [ScalarRun]
    let referenceYear: Int?

    /// A date starting at token `index`, and the index just past it.
    func match(at index: Int) -> (PublicationDate, end: Int)? {
        let token = tokens[index]
        if token.kind == .word, MonthNames.weekdays.contains(token.lower) {
            return afterWeekday(index)
        }
        if token.kind == .number, let timed = timeThenDate(at: index) { return timed }
        return dateWithTime(at: index)
    }

    // MARK: - Composition

    private func afterWeekday(_ index: Int) -> (PublicationDate, end: Int)? {
        var position = index + 1
        // "segunda-feira"
        if position + 1 < tokens.count, tokens[position].isSymbol("-"), tokens[position + 1].lower == "feira" {
            position += 2
        }
        var skipped = 0
        while position < tokens.count, skipped < 2, tokens[position].isSymbol(",") || tokens[position].isSymbol(".")
        {
            position += 1
            skipped += 1
        }
        guard position < tokens.count, tokens[position].newlines < 2 else { return nil }
        return dateWithTime(at: position)
    }

    /// "12:00, 15.10.2024" and "10:12 15 жовтня 2024".
    private func timeThenDate(at index: Int) -> (PublicationDate, end: Int)? {
        guard index + 1 < tokens.count, tokens[index + 1].isSymbol(":"), let time = time(at: index) else { return nil }
        var position = time.end
        var skipped = 0
        while position < tokens.count, skipped < 2, [",", "-", "–", "—", "|", "•", "/"].contains(tokens[position].text) {
            position += 1
            skipped += 1
        }
        guard position < tokens.count, tokens[position].newlines < 2,
            let (date, end) = dateOnly(at: position), date.precision == .day
        else { return nil }
        return (withTime(date, time) ?? date, end)
    }

    private func dateWithTime(at index: Int) -> (PublicationDate, end: Int)? {
        guard let (date, end) = dateOnly(at: index) else { return nil }
        guard date.precision == .day else { return (date, end) }
        var position = end
        var skipped = 0
        while position < tokens.count, skipped < 3, tokens[position].newlines < 2,
            Self.timeConnectors.contains(tokens[position].lower)
        {
            position += 1
            skipped += 1
        }
        if position < tokens.count, tokens[position].newlines < 2, let time = time(at: position),
            let timed = withTime(date, time)
        {
            return (timed, time.end)
        }
        return (date, end)
    }

    private func withTime(_ date: PublicationDate, _ time: TimeOfDay) -> PublicationDate? {
        PublicationDate(
            year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute,
            second: time.second ?? 0, utcOffsetMinutes: time.utcOffsetMinutes,
            precision: time.second == nil ? .minute : .second)
    }

    private func dateOnly(at index: Int) -> (PublicationDate, end: Int)? {
        let token = tokens[index]
        switch token.kind {
        case .number:
            return isoDate(at: index) ?? numericDate(at: index) ?? dayMonth(at: index) ?? yearMonthDay(at: index)
        case .word:
            return monthDay(at: index) ?? monthYear(at: index)
        case .symbol:
            return nil
        }
    }

    // MARK: - Numeric dates

    /// "2024-10-15", "2024/10/15", "2024.10.15", "2024-10-15T10:12:00+02:00".
    private func isoDate(at index: Int) -> (PublicationDate, end: Int)? {
        guard tokens[index].digitCount == 4, let year = tokens[index].value,
            let (month, day, end) = numericTail(after: index, separators: ["-", "/", "."]),
            !continuesNumber(at: end)
        else { return nil }
        guard let date = PublicationDate(year: year, month: month, day: day) else { return nil }
        // ISO "T" joins date and time without a space.
        if end + 1 < tokens.count, tokens[end].lower == "t", !tokens[end].spaced, !tokens[end + 1].spaced,
            let time = time(at: end + 1), let timed = withTime(date, time)
        {
            return (timed, time.end)
        }
        return (date, end)
    }

    /// "15.10.2024", "15/10/2024", "10/15/2024", "15-10-2024", "15.10.24".
    private func numericDate(at index: Int) -> (PublicationDate, end: Int)? {
        guard tokens[index].digitCount <= 2, let first = tokens[index].value, !continuesNumber(before: index),
            index + 4 < tokens.count
        else { return nil }
        let separator = tokens[index + 1]
        guard !separator.spaced, ["-", "/", "."].contains(separator.text),
            !tokens[index + 2].spaced, tokens[index + 2].digitCount <= 2, let second = tokens[index + 2].value,
            tokens[index + 3].text == separator.text, !tokens[index + 3].spaced,
            !tokens[index + 4].spaced, let yearValue = tokens[index + 4].value,
            !continuesNumber(at: index + 5)
        else { return nil }
        let year: Int
        switch tokens[index + 4].digitCount {
        case 4: year = yearValue
        case 2 where separator.text != "-": year = 2000 + yearValue
        default: return nil
        }
        // Day first, as most of the world writes it; month first when the numbers allow nothing else.
        var (day, month) = (first, second)
        if separator.text == "/", second > 12, first <= 12 { (day, month) = (second, first) }
        guard let date = PublicationDate(year: year, month: month, day: day) else { return nil }
        return (date, index + 5)
    }

    /// The "-MM-DD" after a four-digit year.
    private func numericTail(after index: Int, separators: Set<String>) -> (Int, Int, Int)? {
        guard index + 4 < tokens.count else { return nil }
        let separator = tokens[index + 1]
        guard !separator.spaced, separators.contains(separator.text),
            !tokens[index + 2].spaced, tokens[index + 2].digitCount <= 2, let month = tokens[index + 2].value,
            tokens[index + 3].text == separator.text, !tokens[index + 3].spaced,
            !tokens[index + 4].spaced, tokens[index + 4].digitCount <= 2, let day = tokens[index + 4].value
        else { return nil }
        return (month, day, index + 5)
    }

    /// Whether the number goes on after `index` ("1.2.3.4" is no date).
    private func continuesNumber(at index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        return !tokens[index].spaced && ["-", "/", "."].contains(tokens[index].text)
            && !tokens[index + 1].spaced && tokens[index + 1].kind == .number
    }

    private func continuesNumber(before index: Int) -> Bool {
        guard index >= 2 else { return false }
        return !tokens[index].spaced && ["-", "/", "."].contains(tokens[index - 1].text)
            && !tokens[index - 1].spaced && tokens[index - 2].kind == .number
    }
}
