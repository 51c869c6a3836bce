/// Ranges, years and bracketed conversions: the readings that look past the first number.
extension NumberScanner {
    /// A range read after a number: both ends with scales applied, or a stretch to skip ("2010-2024",
    /// a score like "2-1").
    enum RangeReading {
        case range(low: Double, high: Double, end: Int)
        case skip(end: Int)
    }

    /// The range that continues `number` at `position` ("10 to 15", "10-15 million", "between 10 and 15").
    func range(after number: NumberCore, at position: Int, scale: Double?, currency: (code: String, first: Int)?)
        -> RangeReading?
    {
        let first = currency?.first ?? number.first
        let afterBetween = first >= 1 && tokens[first - 1].lower == "between"
        guard let (isHyphen, connectorEnd) = rangeConnector(at: position, afterBetween: afterBetween) else {
            return nil
        }
        let connector = tokens[position]
        if connector.isSymbol("—"), connector.spaced { return nil }
        var second = connectorEnd
        if currency != nil, second < tokens.count, tokens[second].kind == .symbol,
            let scalar = tokens[second].text.unicodeScalars.first, QuantityUnits.currencySigns[scalar] != nil
        {
            second += 1
        }
        guard second < tokens.count, tokens[second].newlines == 0, let result = readCore(at: second),
            case .number(let other) = result, other.isSpelled == number.isSpelled
        else { return nil }
        if !other.isSpelled, skipAfterDigits(other) != nil { return nil }
        if isYearLike(number),
            isYearLike(other)
                || (isHyphen && other.isPlainInteger && other.end - other.first == 1
                    && tokens[other.first].digitCount == 2)
        {
            return .skip(end: other.end)
        }
        var high = other.value
        var end = other.end
        var low = number.value * (scale ?? 1)
        if let (factor, scaleEnd) = self.scale(at: end, isMoney: currency != nil) {
            high *= factor
            end = scaleEnd
            if scale == nil, number.value < other.value { low = number.value * factor }
        }
        guard high > low else { return isHyphen && !connector.spaced ? .skip(end: end) : nil }
        return .range(low: low, high: high, end: end)
    }

    /// Whether a plain four-digit number between 1900 and 2100 is a year here: after a date word ("in",
    /// "since", "from"), or after a determiner ("the 2024 election"), or anywhere unless a plural noun
    /// follows ("2000 troops").
    func isYear(_ number: NumberCore, currency: (code: String, first: Int)?, scale: Double?, at position: Int) -> Bool {
        guard currency == nil, scale == nil, isYearLike(number), unit(at: position) == nil else { return false }
        if number.first >= 1 {
            let before = tokens[number.first - 1]
            if before.kind == .word,
                NumberWords.yearContext.contains(before.lower) || Self.yearDeterminers.contains(before.lower)
            {
                return true
            }
            if before.isSymbol(in: ["-", "–"]), number.first >= 2, tokens[number.first - 2].kind == .word {
                return true
            }
        }
        guard let counted = CountedNoun.find(in: tokens, at: position, isMoney: false) else { return true }
        return !(counted.hasSuffix("s") || Self.pluralNouns.contains(counted))
    }

    func isYearLike(_ number: NumberCore) -> Bool {
        number.isPlainInteger && tokens[number.first].digitCount == 4 && (1900...2100).contains(Int(number.value))
    }

    /// A restatement in another unit in brackets at `position`: "(311 miles)", "(about €1.4 billion)".
    func bracketedConversion(at position: Int) -> (NumberConversion, end: Int)? {
        guard position < tokens.count, tokens[position].isSymbol("("), tokens[position].newlines == 0 else {
            return nil
        }
        var inner = position + 1
        var skipped = 0
        while inner < tokens.count, skipped < 3,
            Self.bracketHedgeWords.contains(tokens[inner].lower) || tokens[inner].isSymbol(in: NumberWords.hedgeSymbols)
        {
            inner += 1
            skipped += 1
        }
        if inner + 1 < tokens.count, tokens[inner].kind == .word,
            QuantityUnits.dollarPrefixes[tokens[inner].lower] != nil,
            tokens[inner + 1].isSymbol("$")
        {
            inner += 2
        } else if inner < tokens.count, tokens[inner].kind == .symbol,
            let scalar = tokens[inner].text.unicodeScalars.first, QuantityUnits.currencySigns[scalar] != nil
        {
            inner += 1
        } else if inner < tokens.count, QuantityUnits.currencyCodes.contains(tokens[inner].text) {
            inner += 1
        }
        guard inner < tokens.count, !inDate[inner], case (let found?, let end)? = mention(at: inner),
            let unit = found.unit, end < tokens.count, tokens[end].isSymbol(")")
        else { return nil }
        return (
            NumberConversion(
                value: found.value, unit: unit, surface: found.surface, start: found.start, end: found.end), end + 1
        )
    }

    private static let yearDeterminers: Set<String> = ["the", "a", "its", "this", "that", "his", "her", "their", "s"]
    /// Plural nouns without a final "s".
    private static let pluralNouns: Set<String> = [
        "people", "aircraft", "personnel", "police", "staff", "cattle", "children", "men", "women", "livestock",
        "troops", "crew", "infantry", "artillery", "weaponry",
    ]
    private static let bracketHedgeWords: Set<String> = [
        "about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "more", "than", "up",
        "to", "at", "least", "approx", "circa", "ca", "or", "just", "under", "c",
    ]
}
