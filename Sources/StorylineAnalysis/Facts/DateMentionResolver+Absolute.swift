import StorylineCore
import StorylineExtract

/// Written dates, read by `DateTextParser`.
extension DateMentionResolver {
    /// The written dates of `text` as mentions; a leading weekday that disagrees with the date is cut
    /// off so that the relative reader reads it on its own.
    func absoluteDates(_ matches: [DateMatch], scalars: [Unicode.Scalar]) -> [DateMention] {
        matches.compactMap { match in
            var start = match.start
            var date = match.date
            if let (weekday, wordEnd) = leadingWeekday(scalars, at: start), date.precision >= .day,
                CalendarDay(date).weekday != weekday
            {
                start = wordEnd
                while start < match.end, !scalars[start].properties.isAlphabetic, !("0"..."9").contains(scalars[start])
                {
                    start += 1
                }
            }
            let end = Self.endTrimmingSentencePeriod(scalars, start: start, end: match.end)
            let surfaceScalars = scalars[start..<end]
            let inferred = isYearInferred(surfaceScalars, year: date.year)
            if inferred, let reference, CalendarDay(date).number - CalendarDay(reference).number > 62 {
                date.year -= 1
                if date.month == 2, date.day == 29 { return nil }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: surfaceScalars)
            return DateMention(
                date: date, granularity: date.precision >= .minute ? .time : Self.granularity(of: date.precision),
                surface: String(view), start: start, end: end, isRelative: false, isYearInferred: inferred)
        }
    }

    private static func granularity(of precision: PublicationDate.Precision) -> DateMention.Granularity {
        switch precision {
        case .year: .year
        case .month: .month
        default: .day
        }
    }

    /// The end of a date without the full stop the parser reads after a month name as an abbreviation's
    /// ("the 13th of October." ends a sentence; "Oct." keeps its point).
    private static func endTrimmingSentencePeriod(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        guard end - start > 1, scalars[end - 1] == "." else { return end }
        var wordStart = end - 1
        while wordStart > start, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[wordStart..<(end - 1)])
        let word = String(view).lowercased()
        return DateWords.months[word] != nil && word != "sept" ? end - 1 : end
    }

    /// An English weekday name at `start` and the offset after it.
    private func leadingWeekday(_ scalars: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var end = start
        while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return DateWords.weekdays[String(view).lowercased()].map { ($0, end) }
    }

    /// Whether the written date lacks its year: no four-digit run equal to the year, and fewer than three
    /// digit runs (a numeric date like "15.10.24") before any time of day.
    private func isYearInferred(_ surface: ArraySlice<Unicode.Scalar>, year: Int) -> Bool {
        var runs: [String] = []
        var current = ""
        for scalar in surface {
            if ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
                continue
            }
            if !current.isEmpty { runs.append(current) }
            current = ""
            if scalar == ":" {
                if !runs.isEmpty { runs.removeLast() }
                break
            }
        }
        if !current.isEmpty { runs.append(current) }
        return !runs.contains(String(year)) && runs.count < 3
    }
}
