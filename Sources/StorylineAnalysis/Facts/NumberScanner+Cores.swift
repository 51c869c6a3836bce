/// Reading the number itself: digits with separators, or spelled-out words.
extension NumberScanner {
    /// The number written in digits at `index`: "3,000", "3 000", "3.000" (European), "1.5", "1.500,5".
    func digitCore(at index: Int) -> NumberCoreResult? {
        let head = tokens[index]
        guard head.kind == .number else { return nil }
        var integer = head.text
        var fraction = ""
        var thousands: String?
        var decimal: String?
        var position = index + 1
        while position + 1 < tokens.count {
            let separator = tokens[position]
            let group = tokens[position + 1]
            guard separator.isSymbol(in: [",", "."]), !separator.spaced, group.kind == .number, !group.spaced
            else { break }
            let leadOK = thousands != nil || ((1...3).contains(head.digitCount) && head.text != "0")
            if group.digitCount == 3, decimal == nil, thousands == nil || thousands == separator.text, leadOK {
                thousands = separator.text
                integer += group.text
                position += 2
                continue
            }
            if decimal == nil, separator.text != thousands {
                decimal = separator.text
                fraction = group.text
                position += 2
            }
            break
        }
        if thousands == nil, decimal == nil, (1...3).contains(head.digitCount) {
            while position < tokens.count, tokens[position].kind == .number, tokens[position].digitCount == 3,
                isGroupSpace(before: position)
            {
                integer += tokens[position].text
                thousands = " "
                position += 1
            }
            if thousands != nil, position + 1 < tokens.count, tokens[position].isSymbol(","), !tokens[position].spaced,
                tokens[position + 1].kind == .number, !tokens[position + 1].spaced
            {
                fraction = tokens[position + 1].text
                decimal = ","
                position += 2
            }
        }
        // "1.2.3" and "192.168.0.1" are versions and addresses, not numbers.
        if continuesWithDigits(at: position) { return .skip(to: endOfNumberRun(from: position)) }
        guard integer.count <= 15, let value = Double(fraction.isEmpty ? integer : integer + "." + fraction) else {
            return .skip(to: position)
        }
        return .number(
            NumberCore(
                value: value, first: index, end: position, isSpelled: false,
                isPlainInteger: thousands == nil && decimal == nil, magnitude: nil))
    }

    /// The spelled-out number at `index`: "twenty-five", "two hundred and fifty", "a dozen", "a million",
    /// "dozens of", "hundreds of thousands of".
    func wordCore(at index: Int) -> NumberCore? {
        let head = tokens[index]
        guard head.kind == .word else { return nil }
        if ["a", "an"].contains(head.lower) {
            guard let next = spacedWord(at: index + 1) else { return nil }
            if let multiplier = NumberWords.multipliers[next] {
                return spelled(multiplier, index, index + 2)
            }
            return NumberWords.spacedScales[next] == nil ? nil : spelled(1, index, index + 1)
        }
        if let magnitude = NumberWords.pluralMagnitudes[head.lower] {
            guard spacedWord(at: index + 1) == "of" else { return nil }
            // "hundreds of thousands of": the second plural scales the first.
            if let inner = spacedWord(at: index + 2), let second = NumberWords.pluralMagnitudes[inner],
                second > magnitude, spacedWord(at: index + 3) == "of"
            {
                var core = spelled(2 * magnitude * second, index, index + 3)
                core.magnitude = head.lower + " of " + inner
                return core
            }
            var core = spelled(2 * magnitude, index, index + 1)
            core.magnitude = head.lower
            return core
        }
        guard NumberWords.units[head.lower] != nil || NumberWords.tens[head.lower] != nil else { return nil }
        var value: Double = 0
        var position = index
        var last: String?  // "unit", "tens" or "multiplier"
        while position < tokens.count, tokens[position].kind == .word, position == index || tokens[position].spaced,
            tokens[position].newlines == 0
        {
            let word = tokens[position].lower
            if let unit = NumberWords.units[word] {
                guard last == nil || last == "multiplier" || (last == "tens" && unit < 10) else { break }
                value += unit
                last = "unit"
            } else if let ten = NumberWords.tens[word] {
                guard last == nil || last == "multiplier" else { break }
                value += ten
                last = "tens"
                if position + 2 < tokens.count, tokens[position + 1].isSymbol("-"), !tokens[position + 1].spaced,
                    !tokens[position + 2].spaced, let unit = NumberWords.units[tokens[position + 2].lower], unit < 10,
                    unit > 0
                {
                    value += unit
                    last = "unit"
                    position += 2
                }
            } else if let multiplier = NumberWords.multipliers[word], last != nil, last != "multiplier" {
                value = value * multiplier
                last = "multiplier"
            } else if word == "and", last == "multiplier", let next = spacedWord(at: position + 1),
                NumberWords.units[next] != nil || NumberWords.tens[next] != nil
            {
                // "two hundred and fifty"
            } else {
                break
            }
            position += 1
        }
        return spelled(value, index, position)
    }

    /// The lowercased word at `index` when it is a word set apart by a space on the same line.
    func spacedWord(at index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].spaced, tokens[index].newlines == 0
        else { return nil }
        return tokens[index].lower
    }

    private func spelled(_ value: Double, _ first: Int, _ end: Int) -> NumberCore {
        NumberCore(value: value, first: first, end: end, isSpelled: true, isPlainInteger: false, magnitude: nil)
    }

    /// Whether one space (or a no-break or thin space) alone separates token `index` from the previous one,
    /// as between the digit groups of "3 000".
    private func isGroupSpace(before index: Int) -> Bool {
        let token = tokens[index]
        guard token.spaced, token.newlines == 0, token.start - tokens[index - 1].end == 1 else { return false }
        return [" ", "\u{00A0}", "\u{202F}", "\u{2009}"].contains(scalars[token.start - 1])
    }

    func continuesWithDigits(at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].isSymbol(in: [".", ",", "/", ":"]) && !tokens[index].spaced
            && tokens[index + 1].kind == .number && !tokens[index + 1].spaced
    }

    /// The index past a run of digits glued together by punctuation ("202-555-0100", "1.2.3.4", "24/7").
    func endOfNumberRun(from index: Int) -> Int {
        var position = index
        while position < tokens.count, !tokens[position].spaced || position == index,
            tokens[position].kind == .number || tokens[position].isSymbol(in: [".", ",", "/", ":", "-", "–"])
        {
            if tokens[position].kind == .symbol,
                !(position + 1 < tokens.count && tokens[position + 1].kind == .number && !tokens[position + 1].spaced)
            {
                break
            }
            position += 1
        }
        return max(position, index + 1)
    }
}
