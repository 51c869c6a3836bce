/// The headline and opening of another story appended at the end of an article.
///
/// Two signs, as sites paste teasers: the last paragraph is cut off mid-sentence, or it runs a headline
/// into a lead ("… says in exclusive interview Estonia has emerged …") while sharing few content
/// words with the article's headline and lead. Paragraphs before a cut-off tail join the teaser while
/// they bring in names the article never mentioned that the tail goes on about.
struct TeaserDetector {
    /// A tail sharing at least this share of its content words with headline and lead is the article's own.
    var ownOverlap = 0.35
    var maxParagraphs = 3

    func apply(lines: [TextLine], title: String?, into collector: inout RemovalCollector) {
        let visible = lines.filter { !collector.isCovered($0.start, $0.end) }
        guard visible.count >= 4, let last = visible.last else { return }
        let core = TextShape.contentStems(in: ([title ?? ""] + visible.prefix(2).map(\.text)).joined(separator: " "))
        let lastStems = TextShape.contentStems(in: last.text)
        guard !lastStems.isEmpty else { return }
        let overlap = Double(lastStems.intersection(core).count) / Double(lastStems.count)
        guard overlap < ownOverlap else { return }

        // The names among `names` that neither the title nor a paragraph before `index` has. Paragraphs
        // are read from the top only until every name is found (names are mostly introduced early),
        // and each paragraph's content words are worked out once.
        let titleStems = TextShape.contentStems(in: title ?? "")
        var paragraphStems: [Set<UInt64>] = []
        func introduced(_ names: Set<UInt64>, before index: Int) -> Set<UInt64> {
            var remaining = names.subtracting(titleStems)
            var paragraph = 0
            while !remaining.isEmpty && paragraph < index {
                if paragraph == paragraphStems.count {
                    paragraphStems.append(TextShape.contentStems(in: visible[paragraph].text))
                }
                remaining.subtract(paragraphStems[paragraph])
                paragraph += 1
            }
            return remaining
        }
        var block: [TextLine] = []
        if isCutOff(last.text) {
            block = [last]
            var blockNames = names(in: last.text)
            for index in stride(from: visible.count - 2, through: 2, by: -1) where block.count < maxParagraphs {
                let candidate = visible[index]
                let candidateNames = names(in: candidate.text)
                // Only names the block shares can count: most paragraphs share none, and then the
                // paragraphs before them need not be read at all.
                let shared = candidateNames.intersection(blockNames)
                guard !shared.isEmpty, !introduced(shared, before: index).isEmpty else { break }
                block.insert(candidate, at: 0)
                blockNames.formUnion(candidateNames)
            }
        } else if runsHeadlineIntoLead(last.text) {
            // The cheap test first: the names' test reads every paragraph.
            guard overlap < 0.2, introduced(names(in: last.text), before: visible.count - 1).count >= 2 else { return }
            block = [last]
        }
        for line in block { collector.add(line.start, line.end, reason: .teaser) }
    }

    /// Ends mid-sentence: no final punctuation and a lowercase last word.
    private func isCutOff(_ text: String) -> Bool {
        guard !TextShape.endsSentence(text), TextShape.wordCount(in: text, limit: 6) >= 6 else { return false }
        return TextShape.words(in: text).last?.first?.isLowercase ?? false
    }

    /// A lowercase word followed directly by a capitalised one that opens a clause, within the first words,
    /// with no punctuation before it: a headline with its lead glued on.
    private func runsHeadlineIntoLead(_ text: String) -> Bool {
        // A quotation is not a headline.
        if let first = text.first, "\"“„«'‘".contains(first) { return false }
        let tokens = Array(text.split(separator: " ").prefix(30))
        var sawPunctuation = false
        for (index, pair) in zip(tokens, tokens.dropFirst()).enumerated() where index >= 4 {
            let (left, right) = pair
            if let end = left.last, ".!?:;".contains(end) { sawPunctuation = true }
            if sawPunctuation { return false }
            guard let l = left.last, l.isLowercase, let r = right.first, r.isUppercase,
                index + 2 < tokens.count, tokens[index + 2].first?.isLowercase ?? false
            else { continue }
            return true
        }
        return false
    }

    /// Stems of capitalised words that are not function words (names, mostly).
    private func names(in text: String) -> Set<UInt64> {
        var result: Set<UInt64> = []
        for word in TextShape.words(in: text) where word.first?.isUppercase ?? false {
            if let stem = TextShape.contentStem(word) { result.insert(stem) }
        }
        return result
    }
}
