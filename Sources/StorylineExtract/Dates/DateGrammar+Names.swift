import StorylineText
import StorylineCore

/// Dates written with month names: "15 October 2024", "Oct. 14", "15 de octubre de 2024", "15 жовтня 2024 р.".
extension DateGrammar {
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "e", "ème", "eme", "º", "ª", "o", "a"]
    private static let yearSuffixes: Set<String> = ["r", "р", "г", "года", "году", "року", "roku", "yılı", "tahun"]
    private static let linkWords: Set<String> = ["of", "de", "di", "del", "do", "da"]

    /// "15 October 2024", "15th of October", "15. Oktober 2024", "15 de octubre de 2024".
    func dayMonth(at index: Int) -> (PublicationDate, end: Int)? {
        guard tokens[index].digitCount <= 2, let day = tokens[index].value, (1...31).contains(day) else { return nil }
        var position = index + 1
        guard position < tokens.count else { return nil }
        if !tokens[position].spaced, Self.ordinalSuffixes.contains(tokens[position].lower) || tokens[position].isSymbol(".")
        {
            position += 1
        }
        if position < tokens.count, Self.linkWords.contains(tokens[position].lower) { position += 1 }
        guard position < tokens.count, tokens[position].newlines < 2, tokens[position].spaced,
            let (month, afterMonth, monthToken) = month(at: position)
        else { return nil }
        // "19 Dec, 2025": a comma may stand before the year.
        var yearPosition = afterMonth
        if yearPosition + 1 < tokens.count, tokens[yearPosition].isSymbol(","), tokens[yearPosition + 1].spaced {
            yearPosition += 1
        }
        if let (year, end) = year(at: yearPosition) {
            return PublicationDate(year: year, month: month, day: day).map { ($0, end) }
        }
        guard let referenceYear, acceptsWithoutYear(monthToken) else { return nil }
        return PublicationDate(year: referenceYear, month: month, day: day).map { ($0, afterMonth) }
    }

    /// "October 15, 2024", "Oct 15, 2024", "Oct. 14", "October 15th".
    func monthDay(at index: Int) -> (PublicationDate, end: Int)? {
        guard let (month, afterMonth, monthToken) = month(at: index) else { return nil }
        var position = afterMonth
        if position < tokens.count, Self.linkWords.contains(tokens[position].lower) { position += 1 }
        guard position < tokens.count, tokens[position].spaced, tokens[position].newlines < 2,
            tokens[position].digitCount <= 2, let day = tokens[position].value, (1...31).contains(day)
        else { return nil }
        position += 1
        // "Oct 12:00" or "Oct 1.5" is something else.
        if position + 1 < tokens.count, !tokens[position].spaced,
            tokens[position].isSymbol(":") || (tokens[position].isSymbol(".") && tokens[position + 1].kind == .number
                && !tokens[position + 1].spaced)
        {
            return nil
        }
        if position < tokens.count, !tokens[position].spaced, Self.ordinalSuffixes.contains(tokens[position].lower) {
            position += 1
        }
        var yearPosition = position
        if yearPosition < tokens.count, tokens[yearPosition].isSymbol(",") { yearPosition += 1 }
        if let (year, end) = year(at: yearPosition) {
            return PublicationDate(year: year, month: month, day: day).map { ($0, end) }
        }
        guard let referenceYear, monthToken.isCapitalized, acceptsWithoutYear(monthToken) else { return nil }
        return PublicationDate(year: referenceYear, month: month, day: day).map { ($0, position) }
    }

    /// "2023 Jan 7", "2024 October 15": the year first, as bibliographic records write it.
    func yearMonthDay(at index: Int) -> (PublicationDate, end: Int)? {
        guard tokens[index].digitCount == 4, let year = tokens[index].value, (1900...2100).contains(year),
            index + 2 < tokens.count, tokens[index + 1].spaced, tokens[index + 1].newlines < 2,
            let (month, afterMonth, monthToken) = month(at: index + 1), acceptsWithoutYear(monthToken),
            afterMonth < tokens.count, tokens[afterMonth].spaced, tokens[afterMonth].newlines < 2,
            tokens[afterMonth].digitCount <= 2, let day = tokens[afterMonth].value, (1...31).contains(day)
        else { return nil }
        let end = afterMonth + 1
        // "2024 May 15:00" or "2024 Oct 1.5" is something else.
        if end < tokens.count, !tokens[end].spaced, tokens[end].isSymbol(":") || tokens[end].isSymbol(".") {
            return nil
        }
        return PublicationDate(year: year, month: month, day: day).map { ($0, end) }
    }

    /// "October 2024" (precision month).
    func monthYear(at index: Int) -> (PublicationDate, end: Int)? {
        guard let (month, afterMonth, monthToken) = month(at: index),
            monthToken.isCapitalized || !MonthNames.ambiguous.contains(monthToken.lower),
            let (year, end) = year(at: afterMonth)
        else { return nil }
        return PublicationDate(year: year, month: month, precision: .month).map { ($0, end) }
    }

    /// A month name at `index` (with the period of an abbreviation): its number, the index after it, the token.
    private func month(at index: Int) -> (Int, Int, ScalarRun)? {
        guard index < tokens.count, tokens[index].kind == .word, let month = MonthNames.months[tokens[index].lower]
        else { return nil }
        var position = index + 1
        if position < tokens.count, tokens[position].isSymbol("."), !tokens[position].spaced { position += 1 }
        return (month, position, tokens[index])
    }

    /// A four-digit year at `index` (after an optional "de"), with "r.", "року", "г." after it.
    private func year(at index: Int) -> (Int, Int)? {
        var position = index
        if position < tokens.count, ["de", "del"].contains(tokens[position].lower) { position += 1 }
        guard position < tokens.count, tokens[position].newlines < 2, tokens[position].digitCount == 4,
            let year = tokens[position].value, (1900...2100).contains(year)
        else { return nil }
        position += 1
        // "2024-10" or "2024:" is not a year standing alone.
        if position + 1 < tokens.count, !tokens[position].spaced, tokens[position].isSymbol(":") {
            return nil
        }
        if position < tokens.count, Self.yearSuffixes.contains(tokens[position].lower) {
            position += 1
            if position < tokens.count, tokens[position].isSymbol("."), !tokens[position].spaced { position += 1 }
        }
        return (year, position)
    }

    /// Month forms that are also everyday words need a year, or a capital letter.
    private func acceptsWithoutYear(_ token: ScalarRun) -> Bool {
        !MonthNames.ambiguous.contains(token.lower) || token.isCapitalized
    }
}
