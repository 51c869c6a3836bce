import StorylineText

/// Finds the noun a number counts ("700 troops", "over 60 aircraft", "dozens of people") and reduces it
/// to a key for comparison.
enum CountedNoun {
    /// The counted noun starting at token `index`, lowercased, or nil.
    ///
    /// Reads "of" and a determiner ("two of the soldiers"), "in" after money ("$1.5 billion in aid"),
    /// a hyphen compound glued to the number ("a two-day visit" counts "day"), and skips up to two
    /// modifiers when a plain lowercase word follows them ("700 military personnel", "5 Russian soldiers").
    static func find(in tokens: [ScalarRun], at index: Int, isMoney: Bool) -> String? {
        var position = index
        guard position < tokens.count else { return nil }
        if tokens[position].isSymbol("-"), !tokens[position].spaced, position + 1 < tokens.count,
            tokens[position + 1].kind == .word, !tokens[position + 1].spaced
        {
            return acceptable(tokens[position + 1].lower) ? tokens[position + 1].lower : nil
        }
        guard isWord(tokens, position) else { return nil }
        if tokens[position].lower == "of" || (isMoney && ["in", "worth"].contains(tokens[position].lower)) {
            position += 1
            if position < tokens.count, tokens[position].lower == "of" { position += 1 }
            if position < tokens.count, determiners.contains(tokens[position].lower) { position += 1 }
        }
        var skipped = 0
        while isWord(tokens, position) {
            let (word, next) = compound(tokens, position)
            if modifiers.contains(word) || (skipped < 2 && isModifier(tokens, position, word: word, next: next)) {
                skipped += 1
                position = next
                continue
            }
            return acceptable(word) ? word : nil
        }
        return nil
    }

    /// The comparison key of a counted noun: synonyms merged, then stemmed.
    static func key(for counted: String) -> String {
        let lower = counted.lowercased()
        if let canonical = synonyms[lower] { return canonical }
        return Stemmer.stem(lower)
    }

    private static func isWord(_ tokens: [ScalarRun], _ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && tokens[index].spaced && tokens[index].newlines == 0
    }

    /// The word at `index` with hyphenated parts glued on ("long-range"), and the index after it.
    private static func compound(_ tokens: [ScalarRun], _ index: Int) -> (String, Int) {
        var word = tokens[index].lower
        var position = index + 1
        while position + 1 < tokens.count, tokens[position].isSymbol("-"), !tokens[position].spaced,
            tokens[position + 1].kind == .word, !tokens[position + 1].spaced
        {
            word += "-" + tokens[position + 1].lower
            position += 2
        }
        return (word, position)
    }

    /// Whether the word at `index` reads as a modifier of a following plain noun.
    private static func isModifier(_ tokens: [ScalarRun], _ index: Int, word: String, next: Int) -> Bool {
        guard isWord(tokens, next), !tokens[next].isCapitalized || tokens[index].isCapitalized else { return false }
        let following = tokens[next].lower
        guard acceptable(following) else { return false }
        if tokens[index].isCapitalized || word.contains("-") { return true }
        return adjectiveEndings.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
    }

    private static func acceptable(_ word: String) -> Bool {
        if timeWords.contains(word) { return true }
        guard !StopWords.contains(word), !WordsNeverCounted.contains(word) else { return false }
        return word.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
    }

    private static let determiners: Set<String> = ["the", "its", "their", "those", "these", "his", "her", "our"]
    /// Words between a number and its noun that say nothing about what is counted.
    private static let modifiers: Set<String> = ["more", "additional", "extra", "other", "new", "further", "fewer"]
    private static let adjectiveEndings = [
        "al", "ian", "ive", "ic", "ous", "ary", "ish", "ese", "ful", "less", "ern", "ed",
    ]
    /// Time words the stop list holds but a number can count ("two years").
    private static let timeWords: Set<String> = ["year", "years"]

    /// Words that follow numbers without being counted by them.
    private enum WordsNeverCounted {
        static func contains(_ word: String) -> Bool { words.contains(word) }
        static let words: Set<String> = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "percent", "per", "times", "ago", "later", "earlier", "each", "apiece", "respectively", "plus", "or",
            "today", "tomorrow", "yesterday", "tonight", "away", "apart", "ahead", "behind", "back", "long", "high",
            "wide", "deep", "tall", "old", "north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "overall", "altogether", "total", "instead", "either", "yet", "already", "now", "left",
            "strong", "overnight",
        ]
    }

    private static let synonyms: [String: String] = {
        let groups: [String: [String]] = [
            "troop": [
                "troop", "troops", "soldier", "soldiers", "personnel", "servicemen", "servicemembers", "servicewomen",
            ],
            "people": ["people", "person", "persons", "individuals", "individual"],
            "aircraft": [
                "aircraft", "plane", "planes", "airplane", "airplanes", "warplane", "warplanes", "jet", "jets",
            ],
            "death": ["dead", "death", "deaths", "killed", "fatalities", "fatality"],
            "injury": ["injured", "wounded", "injury", "injuries"],
            "child": ["child", "children", "kids"],
            "day": ["day", "days"], "week": ["week", "weeks"], "month": ["month", "months"], "year": ["year", "years"],
            "hour": ["hour", "hours"], "minute": ["minute", "minutes"],
        ]
        var table: [String: String] = [:]
        for (key, words) in groups { for word in words { table[word] = key } }
        return table
    }()
}
