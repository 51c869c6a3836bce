/// Reading what stands around a number: currency, scale word, range, unit, conversion and hedge.
extension NumberScanner {
    /// A currency written before the token at `index` ("$", "US$", "€", "USD "), and where it starts.
    func currencyPrefix(before index: Int) -> (code: String, first: Int)? {
        guard index >= 1, tokens[index].newlines == 0 else { return nil }
        let previous = tokens[index - 1]
        if previous.kind == .symbol, let scalar = previous.text.unicodeScalars.first,
            let code = QuantityUnits.currencySigns[scalar], tokens[index].start - previous.end <= 1
        {
            if scalar == "$", index >= 2, tokens[index - 2].kind == .word, !previous.spaced,
                let dollar = QuantityUnits.dollarPrefixes[tokens[index - 2].lower],
                index < 3 || tokens[index - 2].spaced || tokens[index - 3].kind != .word
            {
                return (dollar, index - 2)
            }
            return (code, index - 1)
        }
        if previous.kind == .word, tokens[index].spaced, QuantityUnits.currencyCodes.contains(previous.text) {
            return (previous.text, index - 1)
        }
        return nil
    }

    /// A scale word after a number ending at `index` ("billion", glued "bn", "k", and "m" for money).
    func scale(at index: Int, isMoney: Bool) -> (factor: Double, end: Int)? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].newlines == 0 else { return nil }
        let token = tokens[index]
        if token.spaced {
            return NumberWords.spacedScales[token.lower].map { ($0, index + 1) }
        }
        if let factor = NumberWords.gluedScales[token.lower] ?? NumberWords.spacedScales[token.lower] {
            return (factor, index + 1)
        }
        let moneyFollows = unit(at: index + 1).map { QuantityUnits.dimension(of: $0.symbol) == "money" } ?? false
        if isMoney || moneyFollows, let factor = NumberWords.gluedMoneyScales[token.lower] {
            return (factor, index + 1)
        }
        return nil
    }

    /// A unit written at `index`, glued or after a space ("km", "%", "per cent", "°C", "euros").
    func unit(at index: Int) -> (symbol: String, end: Int)? {
        guard index < tokens.count, tokens[index].newlines == 0,
            let candidates = QuantityUnits.patternsByFirstPart[tokens[index].lower]
        else { return nil }
        for pattern in candidates where matches(pattern, at: index) {
            return (pattern.symbol, index + pattern.parts.count)
        }
        return nil
    }

    private func matches(_ pattern: QuantityUnits.Pattern, at index: Int) -> Bool {
        guard index + pattern.parts.count <= tokens.count else { return false }
        for (offset, part) in pattern.parts.enumerated() {
            let token = tokens[index + offset]
            if offset > 0, token.newlines > 0 { return false }
            if pattern.caseSensitive ? token.text != part : token.lower != part { return false }
        }
        // A unit word must end there: "m" is no unit in "5 million", nor "t" in "5 tanks".
        let after = index + pattern.parts.count
        if after < tokens.count, !tokens[after].spaced, tokens[after].kind != .symbol,
            tokens[after - 1].kind != .symbol
        {
            return false
        }
        return true
    }

    /// The hedge before the token at `index` ("about", "more than", "~"), lowercased as written.
    func hedge(before index: Int) -> String? {
        if index >= 1, tokens[index - 1].kind == .symbol, let scalar = tokens[index - 1].text.unicodeScalars.first,
            NumberWords.hedgeSymbols.contains(scalar), tokens[index].newlines == 0
        {
            return tokens[index - 1].text
        }
        for words in NumberWords.leadingHedges where index >= words.count {
            let first = index - words.count
            let fits = words.indices.allSatisfy { offset in
                let token = tokens[first + offset]
                return token.kind == .word && token.lower == words[offset] && tokens[first + offset + 1].spaced
                    && tokens[first + offset + 1].newlines == 0
            }
            if fits { return words.joined(separator: " ") }
        }
        return nil
    }

    /// A hedge glued after the number: "60+", "60-plus", "60-odd".
    func trailingHedge(at index: Int) -> (String, end: Int)? {
        guard index < tokens.count, !tokens[index].spaced else { return nil }
        if tokens[index].isSymbol("+") { return ("+", index + 1) }
        if tokens[index].isSymbol("-"), index + 1 < tokens.count, !tokens[index + 1].spaced,
            ["plus", "odd"].contains(tokens[index + 1].lower)
        {
            return (tokens[index + 1].lower, index + 2)
        }
        return nil
    }

    /// The connector of a range at `index` ("-", "–", "to", "and" after "between") and the index after it.
    func rangeConnector(at index: Int, afterBetween: Bool) -> (isHyphen: Bool, end: Int)? {
        guard index < tokens.count, tokens[index].newlines == 0 else { return nil }
        let token = tokens[index]
        if token.isSymbol(in: ["-", "–", "—"]) { return (true, index + 1) }
        if token.kind == .word, token.spaced, token.lower == "to" || (afterBetween && token.lower == "and") {
            return (false, index + 1)
        }
        return nil
    }
}
