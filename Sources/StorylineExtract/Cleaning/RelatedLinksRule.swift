/// "Related:", "SEE ALSO:", "Read also", "Lesen Sie auch", "Читайте також" … and the link headlines after them.
struct RelatedLinksRule {
    /// How many headline lines after a marker are taken at most.
    var maxLinks = 6

    func apply(lines: [TextLine], into collector: inout RemovalCollector) {
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let normalized = TextShape.normalized(line.text)
            guard !collector.isCovered(line.start, line.end), BoilerplatePhrases.related.matchesLabel(normalized),
                TextShape.wordCount(in: line.text, limit: 25) <= 25
            else {
                index += 1
                continue
            }
            collector.add(line.start, line.end, reason: .relatedLinks)
            // A marker with nothing after it introduces the link lines below it.
            let markerOnly = isMarkerOnly(normalized)
            index += 1
            var taken = 0
            while markerOnly, index < lines.count, taken < maxLinks, isLinkLike(lines[index].text),
                !collector.isCovered(lines[index].start, lines[index].end)
            {
                collector.add(lines[index].start, lines[index].end, reason: .relatedLinks)
                index += 1
                taken += 1
            }
        }
    }

    private func isMarkerOnly(_ normalized: String) -> Bool {
        let stripped = normalized.filter { !":|-—›»>.".contains($0) }.trimmingWhitespace()
        return BoilerplatePhrases.related.labels.contains(stripped)
    }

    /// A headline or a link: short, no final full stop; or a bullet; or a URL.
    private func isLinkLike(_ text: String) -> Bool {
        if text.contains("http://") || text.contains("https://") { return true }
        let words = TextShape.words(in: text).count
        if let first = text.first, "-•*–»›·".contains(first), words <= 25 { return true }
        return words <= 18 && !text.hasSuffix(".") && !text.hasSuffix(":")
            && (text.first.map { $0.isUppercase || $0.isNumber || "\"“«„".contains($0) } ?? false)
    }
}
