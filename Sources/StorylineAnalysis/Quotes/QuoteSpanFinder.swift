/// Pairs quote marks within paragraphs.
///
/// Double marks (", “”, „“, «», 「」 …) are paired first; single marks (', ‘’, ‚‘) only outside them,
/// and only where they cannot be apostrophes: an opening mark must follow a space or punctuation and
/// precede a letter (not "'90s"), a closing mark must follow a non-space and precede a non-letter.
/// A quote opened at the start of a paragraph and never closed runs to the paragraph end; one opened
/// anywhere that the next paragraph reopens is a quote continued over paragraphs.
struct QuoteSpanFinder {
    let scalars: [Unicode.Scalar]
    let paragraphs: [Range<Int>]

    func spans() -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let doubles = doubleSpans(in: paragraph, index: index)
            result += doubles
            var free: [Range<Int>] = []
            var cursor = paragraph.lowerBound
            for span in doubles {
                if cursor < span.open { free.append(cursor..<span.open) }
                cursor = span.outerEnd
            }
            if cursor < paragraph.upperBound { free.append(cursor..<paragraph.upperBound) }
            for range in free { result += singleSpans(in: range, paragraph: index) }
        }
        return result.sorted { $0.open < $1.open }
    }

    private func doubleSpans(in paragraph: Range<Int>, index: Int) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var position = paragraph.lowerBound
        while position < paragraph.upperBound {
            let mark = scalars[position]
            var closers = QuoteMarkStyle.doubles[mark]
            if closers == nil, let reversed = QuoteMarkStyle.reversedDoubles[mark], opensBeforeWord(at: position) {
                closers = reversed
            }
            guard let closers else {
                position += 1
                continue
            }
            if let close = ((position + 1)..<paragraph.upperBound).first(where: { closers.contains(scalars[$0]) }) {
                if let span = makeSpan(open: position, innerEnd: close, outerEnd: close + 1, paragraph: index) {
                    result.append(span)
                }
                position = close + 1
                continue
            }
            // Left open: a quote to the paragraph end when it opens the paragraph or the next
            // paragraph picks it up again.
            let continues = nextParagraphOpens(after: index)
            if continues || isParagraphStart(position, paragraph: paragraph),
                var span = makeSpan(
                    open: position, innerEnd: paragraph.upperBound, outerEnd: paragraph.upperBound, paragraph: index)
            {
                span.isOpenEnded = true
                span.continuesInNextParagraph = continues
                result.append(span)
                break
            }
            position += 1
        }
        return result
    }

    private func singleSpans(in range: Range<Int>, paragraph: Int) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var position = range.lowerBound
        while position < range.upperBound {
            guard let closers = QuoteMarkStyle.singles[scalars[position]], opensSingle(at: position) else {
                position += 1
                continue
            }
            let nextOpen =
                ((position + 1)..<range.upperBound).first {
                    QuoteMarkStyle.singles[scalars[$0]] != nil && opensSingle(at: $0)
                } ?? range.upperBound
            let candidates = ((position + 2)..<max(position + 2, nextOpen)).filter {
                closers.contains(scalars[$0]) && closesSingle(at: $0)
            }
            let preferred = candidates.first { index in
                let after = index + 1 < scalars.count ? scalars[index + 1] : " "
                let before = scalars[index - 1]
                return index + 1 == scalars.count || (!NameScalars.isSpace(after) && !NameScalars.isWord(after))
                    || ",.!?;:".unicodeScalars.contains(before)
            }
            guard let close = preferred ?? candidates.last else {
                position += 1
                continue
            }
            if let span = makeSpan(open: position, innerEnd: close, outerEnd: close + 1, paragraph: paragraph) {
                result.append(span)
            }
            position = close + 1
        }
        return result
    }

    /// An opening single mark: after a space, the paragraph start or punctuation, before a letter,
    /// and not an elided "'90s" or "'em".
    private func opensSingle(at index: Int) -> Bool {
        guard index + 1 < scalars.count, NameScalars.isLetter(scalars[index + 1]) || scalars[index + 1] == "\"" else {
            return false
        }
        if index > 0, NameScalars.isWord(scalars[index - 1]) { return false }
        var end = index + 1
        while end < scalars.count, NameScalars.isLetter(scalars[end]) { end += 1 }
        let word = NameScalars.string(scalars, (index + 1)..<end).lowercased()
        let elisions: Set<String> = ["em", "n", "til", "tis", "twas", "cause", "bout"]
        return !elisions.contains(word)
    }

    private func closesSingle(at index: Int) -> Bool {
        guard index > 0, !NameScalars.isSpace(scalars[index - 1]) else { return false }
        guard index + 1 < scalars.count else { return true }
        return !NameScalars.isWord(scalars[index + 1])
    }

    /// A mark right before a word, after a space or the paragraph start.
    private func opensBeforeWord(at index: Int) -> Bool {
        guard index + 1 < scalars.count, NameScalars.isWord(scalars[index + 1]) else { return false }
        return index == 0 || NameScalars.isSpace(scalars[index - 1])
            || "(:[—–".unicodeScalars.contains(scalars[index - 1])
    }

    private func isParagraphStart(_ index: Int, paragraph: Range<Int>) -> Bool {
        (paragraph.lowerBound..<index).allSatisfy { NameScalars.isSpace(scalars[$0]) }
    }

    private func nextParagraphOpens(after index: Int) -> Bool {
        guard index + 1 < paragraphs.count else { return false }
        let next = paragraphs[index + 1]
        guard let first = next.first(where: { !NameScalars.isSpace(scalars[$0]) }) else { return false }
        return QuoteMarkStyle.doubles[scalars[first]] != nil || QuoteMarkStyle.reversedDoubles[scalars[first]] != nil
    }

    /// A span with its inner text trimmed of spaces and a trailing comma; `nil` when nothing
    /// with a letter or digit is left.
    private func makeSpan(open: Int, innerEnd: Int, outerEnd: Int, paragraph: Int) -> QuoteSpan? {
        var start = open + 1
        var end = innerEnd
        while start < end, NameScalars.isSpace(scalars[start]) { start += 1 }
        while end > start, NameScalars.isSpace(scalars[end - 1]) || scalars[end - 1] == "," { end -= 1 }
        guard (start..<end).contains(where: { NameScalars.isWord(scalars[$0]) }) else { return nil }
        return QuoteSpan(
            open: open, outerEnd: outerEnd, innerStart: start, innerEnd: end, paragraph: paragraph,
            isOpenEnded: false, continuesInNextParagraph: false)
    }
}
