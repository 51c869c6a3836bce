/// Finds who a phrase next to a speech verb names: a pronoun, a person, a role or an organisation.
struct SpeakerFinder {
    static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]

    let context: QuoteContext

    /// A speaker and how it was named, found in the words `range` (a subject or an object phrase).
    /// Persons come before role phrases, role phrases before organisations.
    func speaker(in range: Range<Int>, pronounsBefore offset: Int, events: [SpeechEvent]) -> (String?, AttributionKind)?
    {
        guard !range.isEmpty else { return nil }
        let words = context.words
        let content = range.filter { !SpeechVerbLexicon.fillers.contains(words[$0].folded) }
        if content.count == 1, Self.pronouns.contains(words[content[0]].folded) {
            return (resolvePronoun(before: offset, events: events), .pronoun)
        }
        let lower = words[range.lowerBound].start
        let upper = words[range.upperBound - 1].end
        let inside = context.resolver.mentions.indices.filter {
            let mention = context.resolver.mentions[$0]
            return mention.start >= lower && mention.end <= upper && !context.isQuoted(mention.start)
        }
        if let person = inside.first(where: { context.resolver.mentions[$0].kind == .person }) {
            return (context.speakerName(of: person), .named)
        }
        let phrase = context.text(lower..<upper)
        if RoleMatcher.isRolePhrase(phrase) {
            return (context.resolver.person(matchingRole: phrase, before: offset), .role)
        }
        if let organization = inside.first(where: { context.resolver.mentions[$0].kind == .organization }) {
            return (context.speakerName(of: organization), .named)
        }
        return nil
    }

    /// The last speaker before `offset`; failing that, the last person named outside quotes.
    func resolvePronoun(before offset: Int, events: [SpeechEvent]) -> String? {
        let event = events.last { $0.offset < offset }
        if let subject = sentenceSubject(before: offset), subject.offset > (event?.offset ?? -1) { return subject.name }
        if let event { return event.speaker }
        for (index, mention) in context.resolver.mentions.enumerated().reversed()
        where mention.end <= offset && mention.kind == .person && !context.isQuoted(mention.start) {
            return context.speakerName(of: index)
        }
        return nil
    }

    /// The person opening the last sentence before `offset` in the same paragraph ("Minister Ana
    /// Costa welcomed the deal. “…,” she said."): a newer subject than an earlier speaker.
    private func sentenceSubject(before offset: Int) -> (offset: Int, name: String)? {
        guard let paragraph = context.paragraphs.first(where: { $0.contains(offset) }) else { return nil }
        for (index, mention) in context.resolver.mentions.enumerated().reversed()
        where mention.end <= offset && mention.start >= paragraph.lowerBound {
            guard !context.isQuoted(mention.start) else { continue }
            let sentence = context.sentence(containing: mention.start)
            let before = context.wordRange(in: sentence.lowerBound..<mention.start)
            let opensSentence = before.allSatisfy {
                context.words[$0].isCapitalized || EntityLexicon.isTitleWord(context.words[$0].folded)
            }
            guard opensSentence else { continue }
            guard mention.kind == .person, let name = context.speakerName(of: index) else { return nil }
            return (mention.start, name)
        }
        return nil
    }

    /// Speech verbs outside quotes with a named subject ("Costa said that …", "said Costa",
    /// "according to Costa"), in text order.
    func speechEvents() -> [SpeechEvent] {
        var events: [SpeechEvent] = []
        let words = context.words
        for (index, word) in words.enumerated() where !context.isQuoted(word.start) {
            let isAccording = word.folded == "according" && index + 1 < words.count && words[index + 1].folded == "to"
            guard SpeechVerbLexicon.finite.contains(word.folded) || isAccording else { continue }
            let sentence = context.sentence(containing: word.start)
            if !isAccording, let subject = subjectBefore(verb: index, sentenceStart: sentence.lowerBound) {
                if let speaker = subject.0 { events.append(SpeechEvent(offset: word.start, speaker: speaker)) }
                continue
            }
            var end = index + (isAccording ? 2 : 1)
            let objectStart = end
            while end < words.count, end - objectStart < 8, words[end].joinsPrevious,
                words[end].end <= sentence.upperBound
            {
                end += 1
            }
            if !SpeechVerbLexicon.addressed.contains(word.folded),
                let object = speaker(in: objectStart..<end, pronounsBefore: word.start, events: events),
                object.1 != .pronoun, let name = object.0
            {
                events.append(SpeechEvent(offset: word.start, speaker: name))
            }
        }
        return events
    }

    /// The subject of the verb at word `verb`: a pronoun right before it (speaker unknown here), or
    /// the nearest person, role or organisation before it in the sentence.
    private func subjectBefore(verb: Int, sentenceStart: Int) -> (String?, AttributionKind)? {
        let words = context.words
        var end = verb
        while end > 0, SpeechVerbLexicon.fillers.contains(words[end - 1].folded) { end -= 1 }
        guard end > 0, words[end - 1].start >= sentenceStart else { return nil }
        if Self.pronouns.contains(words[end - 1].folded) { return (nil, .pronoun) }
        let lower = max(sentenceStart, words[max(0, end - 15)].start)
        if let index = context.resolver.mentions.indices.last(where: {
            let mention = context.resolver.mentions[$0]
            return mention.kind == .person && mention.start >= lower && mention.end <= words[end - 1].end
                && !context.isQuoted(mention.start)
        }) {
            return (context.speakerName(of: index), .named)
        }
        // "The agency chief said …": a role phrase directly before the verb.
        guard EntityLexicon.isTitleHead(words[end - 1].folded) else { return nil }
        var start = end - 1
        while start > 0, words[start].joinsPrevious, end - start < 6, words[start - 1].start >= sentenceStart,
            !SpeechVerbLexicon.isSpeechVerb(words[start - 1].folded)
        {
            start -= 1
        }
        let phrase = context.text(words[start].start..<words[end - 1].end)
        if RoleMatcher.isRolePhrase(phrase) {
            return (context.resolver.person(matchingRole: phrase, before: words[verb].start), .role)
        }
        return nil
    }
}
