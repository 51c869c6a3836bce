import StorylineText
/// Reads ``NumberMention``s from the tokens of one text. Used by ``NumberExtractor``.
///
/// At each token that can open a number (a digit, a number word), reads the number, then what stands
/// around it in order: currency before, scale word, range, unit, bracketed conversion, counted noun and
/// hedge. Numbers inside dates, times, ordinals, identifiers and years are skipped whole.
struct NumberScanner {
    let tokens: [ScalarRun]
    let scalars: [Unicode.Scalar]
    /// For each token, whether it lies inside a written date.
    let inDate: [Bool]

    func mentions() -> [NumberMention] {
        var result: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            if inDate[index] {
                index += 1
                continue
            }
            switch mention(at: index) {
            case .some((let mention?, let end)):
                result.append(mention)
                index = max(end, index + 1)
            case .some((nil, let end)):
                index = max(end, index + 1)
            case nil:
                index += 1
            }
        }
        return result
    }

    /// The mention opening at `index` and the index after it; a nil mention with an index to skip to
    /// for something that only looks like a number.
    func mention(at index: Int) -> (NumberMention?, Int)? {
        guard let core = readCore(at: index) else { return nil }
        guard case .number(let number) = core else {
            if case .skip(let end) = core { return (nil, end) }
            return nil
        }
        if !number.isSpelled, let skip = skipAfterDigits(number) { return (nil, skip) }
        let currency = currencyPrefix(before: number.first)
        let isNegative = currency == nil && hasMinusSign(before: number)
        let first = currency?.first ?? (isNegative ? number.first - 1 : number.first)
        var value = isNegative ? -number.value : number.value
        var position = number.end
        var trailing: String?
        var scaleFactor: Double?
        if let (factor, end) = scale(at: position, isMoney: currency != nil) {
            scaleFactor = factor
            value *= factor
            position = end
        }
        if let (word, end) = trailingHedge(at: position) {
            trailing = word
            position = end
        }
        var upper: Double?
        if trailing == nil, let range = range(after: number, at: position, scale: scaleFactor, currency: currency) {
            switch range {
            case .skip(let end): return (nil, end)
            case .range(let low, let high, let end):
                value = low
                upper = high
                position = end
            }
        } else if isYear(number, currency: currency, scale: scaleFactor, at: position) {
            return (nil, number.end)
        }
        var unitSymbol = currency?.code
        // "a 500-kilometre range": the unit joined by a hyphen.
        var unitStart = position
        if position + 1 < tokens.count, tokens[position].isSymbol("-"), !tokens[position].spaced,
            !tokens[position + 1].spaced, unit(at: position + 1) != nil
        {
            unitStart = position + 1
        }
        if let (symbol, end) = unit(at: unitStart) {
            let isMoneyUnit = QuantityUnits.dimension(of: symbol) == "money"
            if currency == nil || isMoneyUnit {
                unitSymbol = currency?.code ?? (symbol == "lb" && scaleFactor != nil ? "GBP" : symbol)
                position = end
            }
        }
        if number.isSpelled, !acceptsSpelled(number, unit: unitSymbol, scale: scaleFactor, at: position) {
            return (nil, number.end)
        }
        let surfaceEnd = tokens[position - 1].end
        var conversion: NumberConversion?
        if unitSymbol != nil, let (converted, end) = bracketedConversion(at: position) {
            conversion = converted
            position = end
        }
        let isMoney = unitSymbol.map { QuantityUnits.dimension(of: $0) == "money" } ?? false
        let counted = CountedNoun.find(in: tokens, at: position, isMoney: isMoney)
        if unitSymbol == nil, upper == nil, !number.isSpelled, isLabel(number, first: first) {
            return (nil, number.end)
        }
        // A span that does not move forward (a hedge or sign read across a line break) is no number.
        guard surfaceEnd > tokens[first].start else { return (nil, max(number.end, first + 1)) }
        let qualifier = hedge(before: first) ?? trailing ?? number.magnitude
        let mention = NumberMention(
            value: value, upperValue: upper, surface: surface(tokens[first].start, surfaceEnd), unit: unitSymbol,
            counted: counted, isApproximate: qualifier != nil, qualifier: qualifier, conversion: conversion,
            start: tokens[first].start, end: surfaceEnd)
        return (mention, position)
    }

    func readCore(at index: Int) -> NumberCoreResult? {
        if tokens[index].kind == .number {
            // The tail of a number already read, or a number glued after a word ("G7", "F-16", "COVID-19").
            if index >= 1, !tokens[index].spaced {
                let previous = tokens[index - 1]
                if previous.kind == .word, !QuantityUnits.currencyCodes.contains(previous.text) {
                    return .skip(to: endOfNumberRun(from: index))
                }
                if previous.isSymbol("+") { return .skip(to: endOfPhoneNumber(from: index)) }
                if previous.isSymbol(in: ["-", "#", "/", ":", ".", ","]) {
                    let gluedWord = index >= 2 && !previous.spaced && tokens[index - 2].kind == .word
                    if previous.isSymbol("#") || gluedWord {
                        return .skip(to: endOfNumberRun(from: index))
                    }
                }
            }
            return digitCore(at: index)
        }
        return wordCore(at: index).map { .number($0) }
    }

    /// The index past an international phone number: digit groups joined by single spaces, hyphens,
    /// dots or brackets on one line ("+380 44 123 45 67", "+1 (202) 555-0100").
    private func endOfPhoneNumber(from index: Int) -> Int {
        var position = index
        while position < tokens.count, tokens[position].newlines == 0,
            tokens[position].kind == .number || tokens[position].isSymbol(in: ["-", ".", "(", ")"]),
            position == index || tokens[position].start - tokens[position - 1].end <= 1
        {
            position += 1
        }
        return max(position, index + 1)
    }

    /// Whether a minus sign is glued before the digits and stands apart from what precedes it ("-5°C",
    /// not the "-" of "10-15" or "F-16").
    private func hasMinusSign(before number: NumberCore) -> Bool {
        let index = number.first
        guard !number.isSpelled, index >= 1, !tokens[index].spaced, tokens[index - 1].isSymbol(in: ["-", "−"])
        else { return false }
        return index == 1 || tokens[index - 1].spaced || tokens[index - 1].newlines > 0
    }

    /// Where to skip to when the digits are an ordinal, a time, a fraction, a phone number or an identifier.
    func skipAfterDigits(_ number: NumberCore) -> Int? {
        let end = number.end
        let first = number.first
        // "No. 5" and "[3]" name or cite; "1." or "2)" at the start of a line numbers a list item.
        if first >= 2, tokens[first - 1].isSymbol("."), ["no", "nr", "nos"].contains(tokens[first - 2].lower) {
            return end
        }
        if first >= 1, tokens[first - 1].isSymbol("["), end < tokens.count, tokens[end].isSymbol("]") { return end + 1 }
        if first == 0 || tokens[first].newlines > 0, number.isPlainInteger, end + 1 < tokens.count,
            tokens[end].isSymbol(in: [".", ")"]), !tokens[end].spaced, tokens[end + 1].spaced
        {
            return end + 1
        }
        guard end < tokens.count else { return nil }
        let next = tokens[end]
        if !next.spaced, next.kind == .word {
            let lower = next.lower
            if ["st", "nd", "rd", "th"].contains(lower) { return end + 1 }
            let known =
                NumberWords.gluedScales[lower] != nil || NumberWords.spacedScales[lower] != nil
                || NumberWords.gluedMoneyScales[lower] != nil || unit(at: end) != nil
            if !known { return end + 1 }
        }
        if !next.spaced, next.isSymbol(in: [":", "/"]), end + 1 < tokens.count, tokens[end + 1].kind == .number {
            return endOfNumberRun(from: end)
        }
        // "202-555-0100": more than one glued hyphen is a code, not a range.
        if !next.spaced, next.isSymbol("-"), end + 3 < tokens.count, tokens[end + 1].kind == .number,
            !tokens[end + 1].spaced, tokens[end + 2].isSymbol("-"), !tokens[end + 2].spaced
        {
            return endOfNumberRun(from: end)
        }
        if let last = meridiem(at: end) { return last }
        if number.isPlainInteger, tokens[number.first].digitCount >= 7, currencyPrefix(before: number.first) == nil {
            return end
        }
        return nil
    }

    /// The index after "a.m.", "pm", "GMT" following a clock hour ("3 p.m.").
    private func meridiem(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].newlines == 0 else { return nil }
        let lower = tokens[index].lower
        let zones = [
            "am", "pm", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "bst", "msk", "et", "o'clock", "o’clock",
        ]
        if zones.contains(lower) {
            return index + 1
        }
        if ["a", "p"].contains(lower), index + 2 < tokens.count, tokens[index + 1].isSymbol("."),
            tokens[index + 2].lower == "m"
        {
            return index + 3
        }
        return nil
    }

    /// Whether a spelled number counts something: "one" must count a noun and not be a pronoun.
    private func acceptsSpelled(_ number: NumberCore, unit: String?, scale: Double?, at position: Int) -> Bool {
        guard number.value == 1, number.end == number.first + 1, tokens[number.first].lower == "one" else {
            return true
        }
        if unit != nil || scale != nil { return true }
        if number.first >= 1, NumberWords.pronounDeterminers.contains(tokens[number.first - 1].lower) {
            return false
        }
        guard let next = spacedWord(at: position), !["of", "another"].contains(next) else { return false }
        return CountedNoun.find(in: tokens, at: position, isMoney: false) != nil
    }

    /// Whether a bare integer names something rather than counting it ("Article 5", "Flight 370"):
    /// a capitalised word stands right before it, not at the start of a sentence.
    private func isLabel(_ number: NumberCore, first: Int) -> Bool {
        guard number.isPlainInteger, first >= 2, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized,
            tokens[first].newlines == 0, hedge(before: first) == nil
        else { return false }
        let beforeWord = tokens[first - 2]
        return !(beforeWord.isSymbol(in: [".", "!", "?", "\"", "“", "”", ":"]) || tokens[first - 1].newlines > 0)
    }

    func surface(_ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
