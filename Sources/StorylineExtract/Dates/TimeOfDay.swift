/// A time of day read after (or before) a date: "10:12", "3:45 p.m.", "10h12", "12:00 CET", "10:12:30+02:00".
struct TimeOfDay: Sendable, Hashable {
    var hour: Int
    var minute: Int
    var second: Int?
    var utcOffsetMinutes: Int?
    /// Index just past the last token of the time.
    var end: Int
}

extension DateGrammar {
    /// Zone abbreviations news pages print after a time, with their offsets in minutes; nil means a zone
    /// that names no fixed offset ("ET" switches with daylight saving time).
    static let zones: [String: Int?] = [
        "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120, "MEZ": 60,
        "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180, "TRT": 180, "WIB": 420, "WITA": 480, "WIT": 540,
        "JST": 540, "KST": 540, "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360,
        "PST": -480, "PDT": -420, "AEST": 600, "AEDT": 660, "ET": nil, "PT": nil, "CT": nil,
    ]

    /// Words and symbols that may stand between a date and its time ("15 October 2024 at 10:12").
    static let timeConnectors: Set<String> = [
        ",", "-", "–", "—", "|", "•", "·", "/", "at", "à", "a", "um", "alle", "ore", "às", "as", "om", "o",
        "godz", ".", "в", "о", "saat", "pukul", "kl", "klo", "las",
    ]

    /// Reads a time of day starting at token `index`.
    func time(at index: Int) -> TimeOfDay? {
        guard index + 2 < tokens.count else { return nil }
        let hourToken = tokens[index]
        guard hourToken.kind == .number, hourToken.digitCount <= 2, var hour = hourToken.value else { return nil }
        let separator = tokens[index + 1]
        guard !separator.spaced,
            separator.isSymbol(":") || separator.isSymbol(".") || separator.lower == "h",
            !tokens[index + 2].spaced, tokens[index + 2].digitCount == 2, let minute = tokens[index + 2].value
        else { return nil }
        var position = index + 3
        var second: Int?
        if position + 1 < tokens.count, tokens[position].isSymbol(":"), !tokens[position].spaced,
            !tokens[position + 1].spaced, tokens[position + 1].digitCount == 2
        {
            second = tokens[position + 1].value
            position += 2
            // Fractions of a second are read and dropped.
            if position + 1 < tokens.count, tokens[position].isSymbol("."), !tokens[position].spaced,
                !tokens[position + 1].spaced, tokens[position + 1].kind == .number
            {
                position += 2
            }
        }
        // A decimal number ("12.50 euros") is not a time: it would need more digits or a unit after it.
        if separator.isSymbol("."), position < tokens.count, !tokens[position].spaced,
            tokens[position].kind != .symbol
                || (position + 1 < tokens.count && [".", "/", "-"].contains(tokens[position].text)
                    && tokens[position + 1].kind == .number && !tokens[position + 1].spaced)
        {
            return nil
        }
        if let (meridiem, next) = meridiem(at: position) {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "p", hour < 12 { hour += 12 }
            if meridiem == "a", hour == 12 { hour = 0 }
            position = next
        }
        if position < tokens.count, ["uhr", "h", "godz", "год"].contains(tokens[position].lower),
            tokens[position].newlines == 0
        {
            position += 1
            if position < tokens.count, tokens[position].isSymbol("."), !tokens[position].spaced { position += 1 }
        }
        var offset: Int?
        if let (zoneOffset, next) = zone(at: position) {
            offset = zoneOffset
            position = next
        }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return TimeOfDay(hour: hour, minute: minute, second: second, utcOffsetMinutes: offset, end: position)
    }

    /// "am", "pm", "a.m.", "p.m." at `index`: returns "a" or "p" and the index after it.
    private func meridiem(at index: Int) -> (String, Int)? {
        guard index < tokens.count, tokens[index].newlines == 0 else { return nil }
        let token = tokens[index]
        if token.lower == "am" || token.lower == "pm" {
            return (String(token.lower.prefix(1)), index + 1)
        }
        guard token.lower == "a" || token.lower == "p", index + 2 < tokens.count,
            tokens[index + 1].isSymbol("."), !tokens[index + 1].spaced,
            tokens[index + 2].lower == "m", !tokens[index + 2].spaced
        else { return nil }
        var next = index + 3
        if next < tokens.count, tokens[next].isSymbol("."), !tokens[next].spaced { next += 1 }
        return (token.lower, next)
    }

    /// A zone after a time: "CET", "GMT+2", "UTC+03:00", "+02:00", "Z", "(CET)".
    func zone(at index: Int) -> (Int?, Int)? {
        guard index < tokens.count, tokens[index].newlines == 0 else { return nil }
        var position = index
        var parenthesised = false
        if tokens[position].isSymbol("("), position + 1 < tokens.count {
            parenthesised = true
            position += 1
        }
        var offset: Int?
        var found = false
        let token = tokens[position]
        if token.kind == .word, token.isAllUppercase, let known = Self.zones[token.text] {
            offset = known
            found = true
            position += 1
        }
        if let (numeric, next) = numericOffset(at: position, adjacentRequired: !found) {
            offset = (offset ?? 0) + numeric
            found = true
            position = next
        }
        guard found else { return nil }
        if parenthesised {
            guard position < tokens.count, tokens[position].isSymbol(")") else { return nil }
            position += 1
        }
        return (offset, position)
    }

    /// "+02:00", "+0200", "-5", "+3" at `index`.
    private func numericOffset(at index: Int, adjacentRequired: Bool) -> (Int, Int)? {
        guard index + 1 < tokens.count else { return nil }
        let sign = tokens[index]
        guard sign.isSymbol("+") || sign.isSymbol("-") || sign.isSymbol("−") else { return nil }
        let number = tokens[index + 1]
        guard !number.spaced, let value = number.value else { return nil }
        if adjacentRequired && sign.spaced && number.digitCount < 4 && !(index + 2 < tokens.count
            && tokens[index + 2].isSymbol(":"))
        {
            return nil
        }
        var minutes: Int
        var position = index + 2
        switch number.digitCount {
        case 1, 2:
            minutes = value * 60
            if position + 1 < tokens.count, tokens[position].isSymbol(":"), !tokens[position].spaced,
                tokens[position + 1].digitCount == 2, let extra = tokens[position + 1].value
            {
                minutes += extra
                position += 2
            }
        case 4: minutes = (value / 100) * 60 + value % 100
        default: return nil
        }
        guard minutes <= 18 * 60 else { return nil }
        return (sign.isSymbol("+") ? minutes : -minutes, position)
    }
}
