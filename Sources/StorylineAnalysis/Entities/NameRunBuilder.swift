import StorylineText

/// Finds runs of capitalised words that may be names: "Ludwig van Beethoven", "Bank of Japan",
/// "Foreign Minister Ana Costa". A run never crosses punctuation, a line break or a possessive.
struct NameRunBuilder {
    let words: [NameWord]
    /// Lowercase spellings seen anywhere in the text, to recognise sentence-initial common words.
    let lowercaseWords: Set<String>
    /// Folded acronyms defined in the text as "Long Name (ACR)": names even when they spell a
    /// function word ("WHO").
    let definedAcronyms: Set<String>

    init(words: [NameWord], definedAcronyms: Set<String> = []) {
        self.words = words
        self.definedAcronyms = definedAcronyms
        var lowercase: Set<String> = []
        for word in words where !word.isCapitalized { lowercase.insert(word.folded) }
        self.lowercaseWords = lowercase
    }

    /// Index ranges into `words`, in order, trimmed of function words.
    func runs() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard startsName(words[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, !words[end - 1].isPossessive, words[end].joinsPrevious {
                let word = words[end]
                if startsName(word) {
                    end += 1
                } else if let skip = joinerLength(at: end) {
                    end += skip
                } else {
                    break
                }
            }
            if let trimmed = trim(index..<end) { result.append(trimmed) }
            index = end
        }
        return result
    }

    private func startsName(_ word: NameWord) -> Bool {
        guard let first = word.text.unicodeScalars.first, !NameScalars.isDigit(first) else { return false }
        return word.isCapitalized
    }

    /// How many lowercase joiner words ("van", "of the") continue the run at `index`, if any.
    private func joinerLength(at index: Int) -> Int? {
        let word = words[index]
        var length = 0
        if EntityLexicon.connectors.contains(word.folded) {
            length = 1
        } else if word.folded == "of", EntityLexicon.ofJoiners.contains(words[index - 1].folded) {
            length = 1
            if index + 1 < words.count, words[index + 1].folded == "the", words[index + 1].joinsPrevious {
                length = 2
            }
        } else {
            return nil
        }
        let next = index + length
        guard next < words.count, words[next].joinsPrevious, startsName(words[next]) else { return nil }
        return length
    }

    /// Drops leading function words, sentence starters and calendar words, and trailing joiners.
    private func trim(_ run: Range<Int>) -> Range<Int>? {
        var lower = run.lowerBound
        var upper = run.upperBound
        let whole = words[run].map(\.folded).joined(separator: " ")
        if PlaceGazetteer.contains(whole) { return run }
        // "UN Secretary-General …": an acronym before capitalised words is a name even if it spells a
        // function word; an all-caps headline word ("SEE ALSO") is not.
        let mixedCase = words[run].contains { !$0.isAcronym }
        while lower < upper, !(mixedCase && words[lower].isAcronym && lower + 1 < upper),
            isNonName(words[lower], first: true)
        {
            lower += 1
        }
        while lower < upper, isNonName(words[upper - 1], first: false) || isJoiner(words[upper - 1]) { upper -= 1 }
        while lower < upper, isJoiner(words[lower]) { lower += 1 }
        return lower < upper ? lower..<upper : nil
    }

    private func isJoiner(_ word: NameWord) -> Bool {
        !word.isCapitalized || EntityLexicon.connectors.contains(word.folded)
    }

    private func isNonName(_ word: NameWord, first: Bool) -> Bool {
        let folded = word.folded
        if EntityLexicon.calendarWords.contains(folded.replacingDot()) { return true }
        guard first else { return false }
        if PlaceGazetteer.contains(folded) || definedAcronyms.contains(folded) { return false }
        if StopWords.contains(folded) || EntityLexicon.sentenceStarters.contains(folded) { return true }
        if word.isSentenceInitial, !word.isAcronym, lowercaseWords.contains(folded), !GivenNames.contains(folded),
            !PlaceGazetteer.contains(folded), !EntityLexicon.isTitleWord(folded)
        {
            return true
        }
        return false
    }
}

extension String {
    /// The string without full stops ("Oct." → "oct").
    fileprivate func replacingDot() -> String { String(unicodeScalars.filter { $0 != "." }.map(Character.init)) }
}
