/// Decides the kind of a name from general rules: organisation words and acronyms, the gazetteer,
/// titles, given names, speech verbs around the name and the preposition before it.
struct EntityClassifier {
    let scalars: [Unicode.Scalar]
    let words: [NameWord]
    /// Kinds fixed by "Long Name (ACR)" definitions, keyed by the folded acronym.
    let definedAcronyms: [String: EntityKind]

    /// The kind of the name at word indices `name`, or `nil` when only the later passes can tell.
    func kind(of name: Range<Int>, hasRole: Bool) -> EntityKind? {
        let nameWords = words[name]
        let folded = nameWords.map(\.folded)
        let whole = folded.joined(separator: " ")
        if EntityLexicon.newsOutlets.contains(whole) { return .organization }
        if nameWords.count == 1, let word = nameWords.first, word.isAcronym {
            if let kind = definedAcronyms[word.folded] { return kind }
            return PlaceGazetteer.contains(whole) ? .place : .organization
        }
        if folded.contains(where: EntityLexicon.organizationWords.contains) { return .organization }
        if PlaceGazetteer.contains(whole) { return .place }
        if hasRole { return .person }
        if let first = folded.first, GivenNames.contains(first), !(nameWords.first?.isAcronym ?? false) {
            return .person
        }
        let before = name.lowerBound > 0 && words[name.lowerBound].joinsPrevious ? words[name.lowerBound - 1] : nil
        if let before, EntityLexicon.organizationCues.contains(before.folded) { return .organization }
        if nameWords.first?.isAcronym ?? false { return .organization }
        if isSpeaker(name) { return .person }
        return nil
    }

    /// "Costa said", "Costa, 54, told", "said Costa": the name is the subject of a speech verb.
    private func isSpeaker(_ name: Range<Int>) -> Bool {
        // A headline "Costa: “…”".
        var after = words[name.upperBound - 1].end
        if after < scalars.count, scalars[after] == ":" {
            after += 1
            while after < scalars.count, scalars[after] == " " { after += 1 }
            if after < scalars.count, QuoteMarkStyle.openers.contains(scalars[after]) { return true }
        }
        if name.upperBound < words.count, !words[name.upperBound - 1].isPossessive {
            var next = name.upperBound
            while next < words.count, SpeechVerbLexicon.fillers.contains(words[next].folded) { next += 1 }
            if next < words.count, SpeechVerbLexicon.finite.contains(words[next].folded) { return true }
        }
        if name.lowerBound > 0 {
            let verb = words[name.lowerBound - 1].folded
            if SpeechVerbLexicon.finite.contains(verb), !SpeechVerbLexicon.addressed.contains(verb) { return true }
        }
        return false
    }

    /// "in X", "at X", "near X": the preposition before the name suggests a place.
    func followsPlacePreposition(_ name: Range<Int>) -> Bool {
        guard name.lowerBound > 0, words[name.lowerBound].joinsPrevious else { return false }
        var index = name.lowerBound - 1
        if words[index].folded == "the", index > 0 { index -= 1 }
        return EntityLexicon.placePrepositions.contains(words[index].folded)
    }
}
