import StorylineCore

extension PlainTextReader {
    /// Finds the headline in the first line(s); returns the index of the first line after it.
    func readTitle(_ state: inout ReaderState, _ draft: inout DocumentDraft, classifier: HeaderLineClassifier) -> Int {
        var index = 0
        // A text may open with a date line before its headline.
        while index < min(2, state.lines.count), let date = classifier.dateLine(state.lines[index].text) {
            if draft.published == nil { draft.published = date }
            state.remove(line: index, reason: .dateLine)
            index += 1
        }
        guard index < state.lines.count, state.lines.count > index + 1 else { return index }
        let line = state.lines[index]
        var titleStart = line.start
        // "date 2024-10-15 Headline …": the date is a date line, the rest the headline.
        if let split = leadingDate(of: line.text, classifier: classifier) {
            if draft.published == nil { draft.published = split.date }
            state.remove(start: line.start, end: line.start + split.dateEnd, reason: .dateLine)
            titleStart = line.start + split.titleStart
        }
        // "Headline Headline continues as the lead …": the headline printed twice, the second opening the lead.
        if titleStart == line.start, let length = repeatedOpening(of: line.text) {
            draft.title = state.slice(line.start, line.start + length)
            state.remove(start: line.start, end: line.start + length, reason: .title)
            return index + 1
        }
        let candidate = state.slice(titleStart, line.end)
        guard looksLikeHeadline(candidate) else {
            if titleStart != line.start { state.removedLines.insert(index) }
            return index
        }
        // "NewsHeadline" followed by "Headline": the glued line is the duplicate.
        let next = state.lines[index + 1]
        if titleStart == line.start, isBreadcrumbGlued(line.text, onto: next.text) {
            state.remove(line: index, reason: .duplicateTitle)
            state.remove(line: index + 1, reason: .title)
            draft.title = next.text
            return index + 2
        }
        state.remove(start: titleStart, end: line.end, reason: .title)
        state.removedLines.insert(index)
        draft.title = candidate
        return index + 1
    }

    /// Reads date, outlet, author and repeated-headline lines in the lines after the headline.
    func readHeader(_ state: inout ReaderState, _ draft: inout DocumentDraft, from start: Int, classifier: HeaderLineClassifier) {
        let end = min(state.lines.count, start + headerLines)
        let titleKey = draft.title.map(TextShape.normalized)
        var kinds: [Int: HeaderLineKind] = [:]
        var index = start
        while index < end {
            let line = state.lines[index]
            // A long paragraph ends the header.
            if TextShape.words(in: line.text).count > 30 { break }
            if let titleKey, isRepeat(of: titleKey, line.text) {
                state.remove(line: index, reason: .duplicateTitle)
            } else if let kind = classifier.classify(line.text) {
                kinds[index] = kind
            }
            index += 1
        }
        let dateIndices = Set(kinds.compactMap { if case .date = $0.value { $0.key } else { nil } })
        for (lineIndex, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            switch kind {
            case .date(let date):
                if draft.published == nil { draft.published = date }
                state.remove(line: lineIndex, reason: .dateLine)
            case .outlet(let outlet):
                if draft.outlet == nil { draft.outlet = outlet }
                state.remove(line: lineIndex, reason: .dateline)
            case .author(let name, let explicit):
                // A bare name counts near a date line or right at the top; "By …" anywhere in the header.
                let nearDate = dateIndices.contains(lineIndex - 1) || dateIndices.contains(lineIndex + 1)
                let atTop = lineIndex - start < 3
                    && !state.lines[start..<lineIndex].contains { TextShape.words(in: $0.text).count >= 12 }
                guard explicit || nearDate || atTop, draft.author == nil else { continue }
                draft.author = name
                state.remove(line: lineIndex, reason: .byline)
            }
        }
    }

    /// "JAKARTA - " at the start of the first body paragraph.
    func readDatelinePrefix(_ state: inout ReaderState, _ draft: inout DocumentDraft) {
        // The first paragraph; a short credit or caption line may come before it.
        let open = state.lines.indices.filter { !state.removedLines.contains($0) }.prefix(3)
        guard let index = open.first(where: { TextShape.words(in: state.lines[$0].text).count >= 8 }) else { return }
        let line = state.lines[index]
        guard let prefix = DatelinePrefix.find(in: line.text) else { return }
        state.remove(start: line.start, end: line.start + prefix.length, reason: .dateline)
        if draft.outlet == nil, let agency = prefix.agency { draft.outlet = agency }
    }

    /// A date in running text introduced by "published", "posted", "veröffentlicht" …, when no date line exists.
    func publicationDateInSentences(_ state: ReaderState, contextYear: Int?) -> PublicationDate? {
        let cues = ["published", "posted", "veröffentlicht", "publié", "publicado", "pubblicato", "opublikowano",
            "опубліковано", "опубликовано", "yayınlandı", "diterbitkan", "gepubliceerd"]
        for (index, line) in state.lines.enumerated() where !state.removedLines.contains(index) {
            let scalars = Array(line.text.unicodeScalars)
            for match in DateTextParser().allDates(in: line.text, referenceYear: contextYear)
            where match.date.precision >= .day {
                let before = String(String.UnicodeScalarView(scalars[max(0, match.start - 30)..<match.start])).lowercased()
                if cues.contains(where: { before.contains($0) }) { return match.date }
            }
        }
        return nil
    }

    // MARK: - Shapes

    private func leadingDate(of line: String, classifier: HeaderLineClassifier) -> (date: PublicationDate, dateEnd: Int, titleStart: Int)? {
        guard let match = classifier.parser.firstDate(in: line, referenceYear: classifier.referenceYear),
            match.date.precision >= .day
        else { return nil }
        let scalars = Array(line.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[0..<match.start]))
        guard TextShape.words(in: before).allSatisfy({ HeaderLineClassifier.dateLabels.contains($0.lowercased()) }) else {
            return nil
        }
        var titleStart = match.end
        while titleStart < scalars.count,
            scalars[titleStart].properties.isWhitespace || "|-–—:•·,".unicodeScalars.contains(scalars[titleStart])
        {
            titleStart += 1
        }
        guard TextShape.words(in: String(String.UnicodeScalarView(scalars[titleStart...]))).count >= 3 else { return nil }
        return (match.date, match.end, titleStart)
    }

    /// The length in scalars of an opening run of 3–20 words that is repeated right after itself.
    private func repeatedOpening(of text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var wordStarts: [Int] = []
        var wordEnds: [Int] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
            guard index < scalars.count else { break }
            wordStarts.append(index)
            while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
            wordEnds.append(index)
        }
        func word(_ i: Int) -> String { TextShape.normalized(String(String.UnicodeScalarView(scalars[wordStarts[i]..<wordEnds[i]]))) }
        guard wordStarts.count >= 8 else { return nil }
        for count in 3...min(20, wordStarts.count / 2) where (0..<count).allSatisfy({ word($0) == word(count + $0) }) {
            return wordEnds[count - 1]
        }
        return nil
    }

    /// A headline is short and does not open with a wire dateline.
    private func looksLikeHeadline(_ text: String) -> Bool {
        let words = TextShape.words(in: text).count
        guard (2...30).contains(words), text.unicodeScalars.count <= 250 else { return false }
        if DatelinePrefix.find(in: text) != nil { return false }
        // Several sentences are a paragraph, not a headline.
        let sentenceEnds = text.split(separator: " ").dropLast().filter { $0.hasSuffix(".") && $0.count > 3 }
        return sentenceEnds.count < 2
    }

    /// "NewsNATO stands firm" glued to "NATO stands firm": a short breadcrumb word run into the headline.
    private func isBreadcrumbGlued(_ line: String, onto next: String) -> Bool {
        let glued = TextShape.normalized(line)
        let clean = TextShape.normalized(next)
        guard clean.count >= 15, glued.count > clean.count, glued.hasSuffix(clean) else { return false }
        let crumb = glued.dropLast(clean.count)
        return crumb.count <= 30 && !crumb.contains(" ") || crumb.hasSuffix(" ") && crumb.count <= 30
            || [">", "›", "/", "|", "»"].contains(where: { String(crumb).trimmingWhitespace().hasSuffix($0) })
    }

    private func isRepeat(of titleKey: String, _ line: String) -> Bool {
        let key = TextShape.normalized(line)
        guard !titleKey.isEmpty else { return false }
        if key == titleKey { return true }
        return key.hasSuffix(titleKey) && key.count - titleKey.count <= 30 && !key.dropLast(titleKey.count).contains(" ")
    }
}
