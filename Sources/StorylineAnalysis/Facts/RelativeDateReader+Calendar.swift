import StorylineCore

/// A month or a year named alone: "in July", "since March", "in 2026", "from 2010 to 2024".
extension RelativeDateReader {
    /// A capitalised month name after a date word ("in July", "mid-July", "the end of July"), or with
    /// "last"/"next"/"this". A plain month lies in the reference year, or the year before when it would
    /// fall more than two months after the reference.
    func monthOnly(at index: Int, reference: PublicationDate, afterMonthEndingAt lastMonthEnd: Int)
        -> (DateMention, Int)?
    {
        var position = index
        var modifier: String?
        if let first = word(at: index), ["last", "next", "this", "past"].contains(first) {
            modifier = first
            position += 1
        }
        guard position < tokens.count, tokens[position].isCapitalized, let name = word(at: position),
            let month = DateWords.months[name]
        else { return nil }
        // A day or a year after the month makes a full date, which the date parser reads.
        if position + 1 < tokens.count, tokens[position + 1].kind == .number, tokens[position + 1].newlines == 0 {
            return nil
        }
        if modifier == nil, !hasDateContext(before: position, words: DateWords.monthContext, after: lastMonthEnd) {
            return nil
        }
        let year: Int
        switch modifier {
        case "last", "past": year = month < reference.month ? reference.year : reference.year - 1
        case "next": year = month > reference.month ? reference.year : reference.year + 1
        case "this": year = reference.year
        default: year = month > reference.month + 2 ? reference.year - 1 : reference.year
        }
        guard let date = PublicationDate(year: year, month: month, precision: .month) else { return nil }
        let relative = modifier == "last" || modifier == "next" || modifier == "past"
        return (make(date, .month, index, position + 1, relative: relative, yearInferred: true), position + 1)
    }

    /// A four-digit year from 1900 to 2100 after a date word ("in 2026", "since 2014", "mid-2025",
    /// "summer of 2026"), or after "to", "and" or a dash that follows such a year ("from 2010 to 2024").
    func yearOnly(at index: Int, afterYearEndingAt lastYearEnd: Int) -> (DateMention, Int)? {
        let token = tokens[index]
        guard token.kind == .number, token.digitCount == 4, let value = Int(token.text), (1900...2100).contains(value)
        else { return nil }
        if index + 1 < tokens.count, !tokens[index + 1].spaced {
            let next = tokens[index + 1]
            if next.kind != .symbol
                || next.isSymbol(in: ["%", "-", "/", ":", "°"]) && index + 2 < tokens.count
                    && tokens[index + 2].kind == .number
            {
                return nil
            }
            if next.isSymbol("%") { return nil }
        }
        if index >= 1, tokens[index - 1].kind == .symbol, !token.spaced,
            let scalar = tokens[index - 1].text.unicodeScalars.first, QuantityUnits.currencySigns[scalar] != nil
        {
            return nil
        }
        guard hasDateContext(before: index, words: DateWords.yearContext, after: lastYearEnd),
            let date = PublicationDate(year: value, precision: .year)
        else { return nil }
        return (make(date, .year, index, index + 1, relative: false), index + 1)
    }

    /// Whether the token at `index` stands in a date context: after one of `words`, after "mid-", after
    /// "end of", or after a range connector right behind a date of the same kind ending at `previousEnd`.
    private func hasDateContext(before index: Int, words: Set<String>, after previousEnd: Int) -> Bool {
        guard index >= 1 else { return false }
        let before = tokens[index - 1]
        if before.kind == .word, tokens[index].newlines == 0, words.contains(before.lower) { return true }
        if before.isSymbol(in: ["-", "–"]), index >= 2, tokens[index - 2].lower == "mid" { return true }
        if before.lower == "of", index >= 2, DateWords.periodOf.contains(tokens[index - 2].lower) { return true }
        let connector =
            before.kind == .word
            ? ["to", "and", "until", "through"].contains(before.lower)
            : before.isSymbol(in: ["-", "–", "—"])
        return connector && previousEnd == index - 1
    }
}
