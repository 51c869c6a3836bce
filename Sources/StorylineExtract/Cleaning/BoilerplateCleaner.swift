import StorylineCore

/// Finds boilerplate in a draft's text and records it as removals with a reason.
///
/// Works line by line (a line is a paragraph in plain text): appeals, notices, credits, prompts and
/// keyword lines by multilingual phrase and shape rules; "Related:" markers with the headlines behind
/// them; a repeated headline at the top; and the teaser of another story appended at the end. A
/// paragraph that mixes content and an appeal loses only the appeal's sentences. New removals never
/// overlap the reader's.
///
/// ```swift
/// var draft = PlainTextReader().read(text)
/// BoilerplateCleaner().clean(&draft)
/// ```
/// Complexity: O(n · p) for n scalars and p phrases.
public struct BoilerplateCleaner: Sendable {
    /// A line with at most this many words may be a labelled line ("Photo: …", "Tags: …") and go whole.
    public var shortLineWords: Int

    /// Creates a cleaner.
    public init(shortLineWords: Int = 30) {
        self.shortLineWords = shortLineWords
    }

    /// Appends the boilerplate found in `draft.original` to `draft.removals` (kept sorted by start).
    public func clean(_ draft: inout DocumentDraft) {
        let lines = TextLine.lines(of: draft.original)
        var collector = RemovalCollector(text: draft.original, existing: draft.removals)
        if let title = draft.title { removeLeadingTitle(title, lines: lines, into: &collector) }
        removeRepeatedCaptions(lines: lines, into: &collector)
        for line in lines where !collector.isCovered(line.start, line.end) {
            removeByPhrases(line, into: &collector)
        }
        RelatedLinksRule().apply(lines: lines, into: &collector)
        for line in lines where !collector.isCovered(line.start, line.end) {
            if KeywordLineRule.isKeywordLine(line.text) { collector.add(line.start, line.end, reason: .seoKeywords) }
        }
        if !draft.paragraphsFromMarkup {
            TeaserDetector().apply(lines: lines, title: draft.title, into: &collector)
        }
        draft.removals = collector.removals
    }

    /// A line (or the start of one) that repeats the headline near the top.
    private func removeLeadingTitle(_ title: String, lines: [TextLine], into collector: inout RemovalCollector) {
        let key = TextShape.normalized(title)
        guard key.count >= 10 else { return }
        for line in lines.prefix(3) where !collector.isCovered(line.start, line.end) {
            let normalized = TextShape.normalized(line.text)
            guard normalized.hasPrefix(key) else { continue }
            // Map the headline's length back onto the line: normalising keeps every non-space scalar.
            let needed = key.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            var seen = 0
            var end = line.start
            for scalar in line.text.unicodeScalars {
                if seen == needed { break }
                if !scalar.properties.isWhitespace { seen += 1 }
                end += 1
            }
            collector.add(line.start, end, reason: .duplicateTitle)
            return
        }
    }

    /// A short caption printed twice in a row (alt text and caption): both copies are image text.
    private func removeRepeatedCaptions(lines: [TextLine], into collector: inout RemovalCollector) {
        for (first, second) in zip(lines, lines.dropFirst()) {
            guard !first.text.hasSuffix("."), first.text.utf8.count <= 2 * second.text.utf8.count + 8,
                second.text.utf8.count <= 2 * first.text.utf8.count + 8, TextShape.wordCount(in: first.text, limit: 15) <= 15,
                TextShape.normalized(first.text) == TextShape.normalized(second.text),
                !collector.isCovered(first.start, first.end)
            else { continue }
            collector.add(first.start, first.end, reason: .imageCredit)
            collector.add(second.start, second.end, reason: .imageCredit)
        }
    }

    private func removeByPhrases(_ line: TextLine, into collector: inout RemovalCollector) {
        let normalized = TextShape.normalized(line.text)
        let isShort = TextShape.wordCount(in: line.text, limit: shortLineWords) <= shortLineWords
        if normalized.utf8.count <= 24,
            BoilerplatePhrases.actionLines.contains(normalized.trimming { $0.isWhitespace || $0.isPunctuation || $0.isSymbol })
        {
            collector.add(line.start, line.end, reason: .sharePrompt)
            return
        }
        let matched = PhraseIndex.lineFamilies.matchingFamilies(in: normalized)
        for (index, family) in BoilerplatePhrases.lineFamilies.enumerated() {
            if isShort, family.matchesLabel(normalized) {
                collector.add(line.start, line.end, reason: family.reason)
                return
            }
            guard matched & (1 << UInt64(index)) != 0 else { continue }
            if removeSentences(of: line, family: family, into: &collector) { return }
        }
        // "(Photo by Jane Doe/AFP)" inside a paragraph.
        for range in ParenthesisedCredit.ranges(in: line.text) {
            collector.add(line.start + range.start, line.start + range.end, reason: .imageCredit)
        }
    }

    /// Cuts the matching sentences of a long paragraph, or all of it when most sentences match.
    private func removeSentences(of line: TextLine, family: BoilerplatePhrases, into collector: inout RemovalCollector) -> Bool {
        let scalars = Array(line.text.unicodeScalars)
        let sentences = LineSentences.ranges(in: scalars)
        let matching = sentences.indices.filter { index in
            let sentence = String(String.UnicodeScalarView(scalars[sentences[index].start..<sentences[index].end]))
            return family.matchesPhrase(TextShape.normalized(sentence))
        }
        guard let first = matching.first else { return false }
        if matching.count * 2 >= sentences.count {
            collector.add(line.start, line.end, reason: family.reason)
        } else if family.cutsToEnd {
            collector.add(line.start + sentences[first].start, line.end, reason: family.reason)
        } else {
            for index in matching {
                collector.add(line.start + sentences[index].start, line.start + sentences[index].end, reason: family.reason)
            }
        }
        return true
    }
}
