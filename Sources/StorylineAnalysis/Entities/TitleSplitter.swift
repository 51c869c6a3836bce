/// Separates titles from names: "NATO Secretary General Ana Costa" → qualifier "NATO", role
/// "NATO Secretary General", name "Ana Costa"; "party spokesperson Li Wei" → role "party spokesperson".
struct TitleSplitter {
    struct Split {
        /// Word indices of the name, when there is one after the title.
        var name: Range<Int>?
        /// Scalar offsets of the role, including qualifiers such as "NATO" or "Estonian".
        var role: Range<Int>?
        /// Word indices of the words before the title words ("NATO" in "NATO Secretary General").
        var qualifiers: Range<Int>?
    }

    let words: [NameWord]

    func split(_ run: Range<Int>) -> Split {
        guard let last = run.last(where: { EntityLexicon.isTitleWord(words[$0].folded) }),
            run[run.lowerBound...last].contains(where: { EntityLexicon.isTitleHead(words[$0].folded) })
        else {
            return Split(name: run, role: lowercaseRole(before: run), qualifiers: nil)
        }
        var titleStart = last
        while titleStart > run.lowerBound, EntityLexicon.isTitleWord(words[titleStart - 1].folded) { titleStart -= 1 }
        var roleEnd = last
        if roleEnd + 1 < run.upperBound, words[roleEnd + 1].folded == "of" {
            roleEnd = ofComplementEnd(after: roleEnd + 1, limit: run.upperBound)
        }
        let qualifiers = run.lowerBound < titleStart ? run.lowerBound..<titleStart : nil
        let role = words[run.lowerBound].start..<words[roleEnd].end
        guard roleEnd + 1 < run.upperBound else { return Split(name: nil, role: role, qualifiers: qualifiers) }
        let name = (roleEnd + 1)..<run.upperBound
        let folded = words[name].map(\.folded)
        if folded.contains(where: EntityLexicon.organizationWords.contains)
            || PlaceGazetteer.contains(folded.joined(separator: " "))
        {
            return Split(name: run, role: nil, qualifiers: nil)
        }
        return Split(name: name, role: role, qualifiers: qualifiers)
    }

    /// The last word index of "of [the] Place" after a title: the longest gazetteer match of up to
    /// three words, else one word.
    private func ofComplementEnd(after ofIndex: Int, limit: Int) -> Int {
        var first = ofIndex + 1
        if first < limit, words[first].folded == "the" { first += 1 }
        guard first < limit else { return ofIndex - 1 }
        for length in stride(from: min(3, limit - first), through: 1, by: -1) {
            let phrase = words[first..<(first + length)].map(\.folded).joined(separator: " ")
            if PlaceGazetteer.contains(phrase) { return first + length - 1 }
        }
        return first
    }

    /// A lowercase title written right before a name ("nominee", "defense minister"), with the
    /// capitalised qualifier words directly before it ("Estonian defense minister").
    func lowercaseRole(before run: Range<Int>) -> Range<Int>? {
        var first = run.lowerBound
        guard first > 0, words[first].joinsPrevious, EntityLexicon.isTitleHead(words[first - 1].folded) else {
            return nil
        }
        first -= 1
        while first > 0, words[first].joinsPrevious, !words[first - 1].isPossessive,
            EntityLexicon.isTitleWord(words[first - 1].folded), !words[first - 1].isCapitalized
        {
            first -= 1
        }
        var qualifiers = 0
        while first > 0, qualifiers < 3, words[first].joinsPrevious, words[first - 1].isCapitalized,
            !words[first - 1].isPossessive,
            !words[first - 1].isSentenceInitial || words[first - 1].isAcronym
                || !StopWordsBridge.contains(words[first - 1].folded)
        {
            if StopWordsBridge.contains(words[first - 1].folded) { break }
            first -= 1
            qualifiers += 1
        }
        return words[first].start..<words[run.lowerBound - 1].end
    }
}
