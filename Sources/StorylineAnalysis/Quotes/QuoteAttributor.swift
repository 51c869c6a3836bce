/// Attributes each quote of a text to a speaker with the rules of ``QuoteExtractor``, in text order
/// so that pronouns and continuations can look back at earlier speakers.
struct QuoteAttributor {
    let context: QuoteContext
    var finder: SpeakerFinder { SpeakerFinder(context: context) }

    func quotes() -> [QuoteMention] {
        var events = finder.speechEvents()
        var result: [QuoteMention] = []
        for (index, span) in context.spans.enumerated() {
            let clause = clauseBefore(span, index: index)
            let after = attributionAfter(span, events: events)
            var found = after ?? attributionBefore(clause, quoteOpen: span.open, events: events)
            if found == nil, context.text(clause).isEmpty {
                found = introductionInPreviousParagraph(span, events: events)
            }
            if found == nil, index > 0, let previous = result.last {
                let previousSpan = context.spans[index - 1]
                let sameParagraph = previousSpan.paragraph == span.paragraph
                let nextParagraph =
                    previousSpan.paragraph == span.paragraph - 1
                    && context.text(context.paragraphs[span.paragraph].lowerBound..<span.open).isEmpty
                if (sameParagraph || nextParagraph) && previous.attribution != .unattributed
                    || previousSpan.continuesInNextParagraph && nextParagraph
                {
                    found = (previous.speaker, .continuation)
                }
            }
            let (speaker, attribution) = found ?? (nil, .unattributed)
            if let speaker {
                let event = SpeechEvent(offset: span.open, speaker: speaker)
                events.insert(event, at: events.firstIndex { $0.offset > span.open } ?? events.endIndex)
            }
            let passage = passageRange(of: span)
            result.append(
                QuoteMention(
                    text: context.text(span.innerStart..<span.innerEnd), start: span.innerStart, end: span.innerEnd,
                    speaker: speaker, attribution: attribution,
                    isPartial: isPartial(span, hasAttributionAfter: after != nil),
                    sentenceStart: passage.lowerBound, sentenceEnd: passage.upperBound))
        }
        // A quote continued over paragraphs takes the speaker named in a later paragraph.
        for index in result.indices.reversed().dropFirst()
        where context.spans[index].continuesInNextParagraph && result[index].speaker == nil {
            if let speaker = result[index + 1].speaker {
                result[index].speaker = speaker
                result[index].attribution = .continuation
            }
        }
        return result
    }

    /// The words of the quote's sentence before its opening mark, after any earlier quote.
    private func clauseBefore(_ span: QuoteSpan, index: Int) -> Range<Int> {
        var start = max(
            context.sentence(containing: span.open).lowerBound, context.paragraphs[span.paragraph].lowerBound)
        if index > 0, context.spans[index - 1].outerEnd > start, context.spans[index - 1].outerEnd <= span.open {
            start = context.spans[index - 1].outerEnd
        }
        return start..<max(start, span.open)
    }

    /// `"…," Costa said.` / `"…," said Minister Ana Costa.` / `"…," she noted.` /
    /// `"…," said the new foreign minister.`
    private func attributionAfter(_ span: QuoteSpan, events: [SpeechEvent]) -> (String?, AttributionKind)? {
        let words = context.words
        let scalars = context.scalars
        let first = context.firstWord(atOrAfter: span.outerEnd)
        guard !span.isOpenEnded, first < words.count else { return nil }
        let gap = scalars[span.outerEnd..<words[first].start]
        guard
            gap.allSatisfy({
                (NameScalars.isSpace($0) && !NameScalars.isLineBreak($0)) || ",—–-".unicodeScalars.contains($0)
            })
        else { return nil }
        var end = first + 1
        while end < words.count, end - first < 10 {
            let between = scalars[words[end - 1].end..<words[end].start]
            if words[end - 1].isPossessive
                || between.contains(where: { !NameScalars.isSpace($0) || NameScalars.isLineBreak($0) })
            {
                break
            }
            end += 1
        }
        guard
            let verb = (first..<min(end, first + 8)).first(where: {
                SpeechVerbLexicon.finite.contains(words[$0].folded)
            })
        else { return nil }
        let closing = scalars[(span.innerEnd)..<max(span.innerEnd, span.outerEnd - 1)]
        let lastInner = scalars[span.innerEnd - 1]
        let endsSentence = lastInner == "." && !closing.contains(",")
        if verb == first {
            guard !endsSentence else { return nil }
            return finder.speaker(in: (verb + 1)..<end, pronounsBefore: span.open, events: events)
        }
        guard let found = finder.speaker(in: first..<verb, pronounsBefore: span.open, events: events) else {
            return nil
        }
        if endsSentence && (verb - first > 3 || found.1 == .role) { return nil }
        return found
    }

    /// `Costa said: "…"`, `Costa: "…"`, `…, stating, "…"`, `According to Costa, "…"`,
    /// `Costa said she wants to "…"`.
    func attributionBefore(_ clause: Range<Int>, quoteOpen: Int, events: [SpeechEvent]) -> (String?, AttributionKind)? {
        let trimmed = context.text(clause)
        guard let last = trimmed.unicodeScalars.last else { return nil }
        let words = context.words
        let range = context.wordRange(in: clause)
        guard !range.isEmpty else {
            return nil
        }
        if let according = range.first(where: {
            words[$0].folded == "according" && $0 + 1 < range.upperBound && words[$0 + 1].folded == "to"
        }) {
            var end = according + 2
            while end < range.upperBound, end == according + 2 || words[end].joinsPrevious { end += 1 }
            if let found = finder.speaker(in: (according + 2)..<end, pronounsBefore: quoteOpen, events: events) {
                return found.1 == .named && last == ":" ? (found.0, .colon) : found
            }
        }
        let verb = range.last { SpeechVerbLexicon.isSpeechVerb(words[$0].folded) }
        if last == ":" {
            if let verb, let found = subject(ofVerb: verb, in: range, quoteOpen: quoteOpen, events: events) {
                return (found.0, .colon)
            }
            // A headline "NATO Secretary General: …" or "Costa: …": the name run right before the colon.
            var tail = range.upperBound - 1
            while tail > range.lowerBound, range.upperBound - tail < 6, words[tail].joinsPrevious,
                words[tail - 1].isCapitalized || EntityLexicon.isTitleWord(words[tail - 1].folded)
            {
                tail -= 1
            }
            for candidate in [tail..<range.upperBound, range] {
                if let found = finder.speaker(in: candidate, pronounsBefore: quoteOpen, events: events), found.0 != nil
                {
                    return (found.0, .colon)
                }
            }
            return nil
        }
        guard let verb else { return nil }
        let introduces = last == "," || verb == range.upperBound - 1
        guard let found = subject(ofVerb: verb, in: range, quoteOpen: quoteOpen, events: events) else { return nil }
        return introduces ? (found.0, .colon) : found
    }

    /// The speaker of the speech verb at `verb` in a clause: the pronoun right before it, else the
    /// first person (or role, or organisation) before it, else the name after it ("said Costa:").
    private func subject(ofVerb verb: Int, in range: Range<Int>, quoteOpen: Int, events: [SpeechEvent])
        -> (String?, AttributionKind)?
    {
        let words = context.words
        var end = verb
        while end > range.lowerBound, SpeechVerbLexicon.fillers.contains(words[end - 1].folded) { end -= 1 }
        if end > range.lowerBound, SpeakerFinder.pronouns.contains(words[end - 1].folded) {
            return (finder.resolvePronoun(before: quoteOpen, events: events), .pronoun)
        }
        if let found = finder.speaker(in: range.lowerBound..<end, pronounsBefore: quoteOpen, events: events) {
            return found
        }
        if let found = finder.speaker(in: (verb + 1)..<range.upperBound, pronounsBefore: quoteOpen, events: events) {
            return found
        }
        // "he said, adding that …": the subject of an earlier speech verb in the clause.
        if let earlier = (range.lowerBound..<verb).last(where: { SpeechVerbLexicon.isSpeechVerb(words[$0].folded) }) {
            return subject(ofVerb: earlier, in: range.lowerBound..<verb, quoteOpen: quoteOpen, events: events)
        }
        return nil
    }

    /// A quote opening a paragraph after one that ends with a colon, a comma or an introducing verb.
    private func introductionInPreviousParagraph(_ span: QuoteSpan, events: [SpeechEvent]) -> (
        String?, AttributionKind
    )? {
        guard span.paragraph > 0 else { return nil }
        let previous = context.paragraphs[span.paragraph - 1]
        let trimmed = context.text(previous)
        guard let last = trimmed.unicodeScalars.last else { return nil }
        let lastWord = context.wordRange(in: previous).last.map { context.words[$0].folded } ?? ""
        guard last == ":" || last == "," || SpeechVerbLexicon.participles.contains(lastWord) else { return nil }
        guard
            !context.spans.contains(where: {
                $0.paragraph == span.paragraph - 1 && $0.outerEnd >= previous.upperBound - 1
            })
        else { return nil }
        let sentenceStart = max(
            previous.lowerBound,
            context.sentence(containing: max(previous.lowerBound, previous.upperBound - 1)).lowerBound)
        guard let found = attributionBefore(sentenceStart..<previous.upperBound, quoteOpen: span.open, events: events)
        else { return nil }
        return (found.0, .colon)
    }

    /// A fragment embedded in a sentence: a word (not a speech verb) right before the opening mark,
    /// or a lowercase word right after the closing mark with no attribution there.
    private func isPartial(_ span: QuoteSpan, hasAttributionAfter: Bool) -> Bool {
        let scalars = context.scalars
        let paragraphStart = context.paragraphs[span.paragraph].lowerBound
        var before = span.open - 1
        while before >= paragraphStart, NameScalars.isSpace(scalars[before]) { before -= 1 }
        if before >= paragraphStart, NameScalars.isWord(scalars[before]) {
            let wordIndex = context.firstWord(atOrAfter: before + 1) - 1
            if wordIndex >= 0, !SpeechVerbLexicon.isSpeechVerb(context.words[wordIndex].folded) { return true }
        }
        guard !span.isOpenEnded, !hasAttributionAfter else { return false }
        let last = scalars[span.innerEnd - 1]
        guard NameScalars.isWord(last) || last == ")" else { return false }
        var after = span.outerEnd
        while after < scalars.count, NameScalars.isSpace(scalars[after]), !NameScalars.isLineBreak(scalars[after]) {
            after += 1
        }
        return after < scalars.count && NameScalars.isLowercase(scalars[after])
    }

    /// The sentences the quote overlaps.
    private func passageRange(of span: QuoteSpan) -> Range<Int> {
        let overlapping = context.sentences.filter { $0.start < span.outerEnd && span.open < $0.end }
        guard let first = overlapping.first, let last = overlapping.last else { return span.open..<span.outerEnd }
        return min(first.start, span.open)..<max(last.end, span.outerEnd)
    }
}
