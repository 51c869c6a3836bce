import StorylineAnalysis

/// Renders an ``AnalysisReport`` as a Markdown document (CommonMark with GitHub tables and
/// strikethrough) that can be pasted into a document or an issue.
///
/// One `##` section per story: a sources table, what cleaning removed from each source (always shown,
/// so a reader can check that nothing of substance was cut), copy chains, then `###` sections for the
/// summary, the common core, what only one source says, what sources leave out, quotes with word diffs,
/// discrepancies, the timeline and entities. Empty sections are left out. Sources are cited as `[1]`,
/// `[2]` … in publication order (see ``SourceKeys``). Every piece of article text is escaped, so a `|`,
/// `*` or `<script>` in an article renders as itself.
///
/// ```swift
/// let markdown = MarkdownReport().render(report)
/// ```
public struct MarkdownReport: Sendable {
    /// Removed boilerplate is clipped to this many characters.
    public var removedLimit: Int

    public init(removedLimit: Int = 160) {
        self.removedLimit = removedLimit
    }

    public func render(_ report: AnalysisReport) -> String {
        var out = ["# Storyline report", ""]
        if report.stories.isEmpty {
            out.append("No stories.")
        }
        for story in report.stories {
            render(story, into: &out)
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private func render(_ story: StoryReport, into out: inout [String]) {
        let keys = SourceKeys(story: story)
        let count = story.articles.count
        out.append("## " + Self.inline(story.title))
        out.append("")
        out.append("Story `\(Self.code(story.id))` · \(count) source\(count == 1 ? "" : "s")")
        out.append("")
        sources(story, keys: keys, into: &out)
        removed(story, keys: keys, into: &out)
        copyChains(story, keys: keys, into: &out)
        summary(story, keys: keys, into: &out)
        common(story, keys: keys, into: &out)
        unique(story, keys: keys, into: &out)
        omissions(story, keys: keys, into: &out)
        quotes(story, keys: keys, into: &out)
        discrepancies(story, keys: keys, into: &out)
        timeline(story, keys: keys, into: &out)
        entities(story, keys: keys, into: &out)
    }

    // MARK: Sources

    private func sources(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        out.append("| Key | Outlet | Title | Published | Language | Id |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        for article in story.articles {
            let title = Self.inline(article.title ?? "(no title)")
            let linked = Self.link(title, to: article.source)
            let cells = [
                keys[article.id], Self.inline(article.outlet ?? "—"), linked,
                Self.inline(article.published ?? "undated"),
                Self.inline(article.language ?? "—"), "`\(Self.code(article.id))`",
            ]
            out.append("| " + cells.joined(separator: " | ") + " |")
        }
        out.append("")
    }

    private func removed(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        out.append("**Removed by cleaning**")
        out.append("")
        let segments = story.articles.flatMap { article in article.removed.map { (article.id, $0) } }
        if segments.isEmpty {
            out.append("Nothing was removed from these sources.")
        }
        for (article, segment) in segments {
            let text = Self.inline(TextReport.clip(Self.flat(segment.text), removedLimit))
            out.append("- \(keys[article]) *\(Self.inline(segment.reason))*: \(text)")
        }
        out.append("")
    }

    private func copyChains(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.duplicates.isEmpty else { return }
        out.append("**Copy chains**")
        out.append("")
        for group in story.duplicates {
            let links = group.links.map { link -> String in
                guard let parent = link.derivedFrom else { return "\(keys[link.article]) origin" }
                let kind = link.kind.map { "\($0.rawValue), " } ?? ""
                return "\(keys[link.article]) ← \(keys[parent]) (\(kind)\(TextReport.percent(link.similarity)))"
            }
            out.append("- \(group.kind.rawValue): " + links.joined(separator: "; "))
        }
        out.append("")
    }

    // MARK: Statements

    private func summary(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.summary.isEmpty else { return }
        section("Summary", into: &out)
        for (index, sentence) in story.summary.enumerated() {
            out.append("\(index + 1). \(Self.inline(sentence.text)) \(keys.list(sentence.sources))")
        }
        out.append("")
    }

    private func common(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.common.isEmpty else { return }
        section("Common to several sources", into: &out)
        for statement in story.common {
            out.append("- \(Self.inline(statement.text)) \(keys.list(statement.articles))")
            for passage in statement.passages {
                out.append("  - \(keys[passage.article]) \(Self.inline(passage.text))")
            }
        }
        out.append("")
    }

    private func unique(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.unique.isEmpty else { return }
        section("Only in one source", into: &out)
        let order = Self.articleOrder(story.unique.map(\.article), keys: keys)
        for article in order {
            out.append("- **\(keys[article]) \(Self.inline(keys.title(article)))**")
            for statement in story.unique where statement.article == article {
                out.append("  - \(Self.inline(statement.text))")
            }
        }
        out.append("")
    }

    private func omissions(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.omissions.isEmpty else { return }
        section("Left out", into: &out)
        out.append("Statements most other sources carry.")
        out.append("")
        for omission in story.omissions {
            let title = Self.inline(keys.title(omission.article))
            out.append("- **\(keys[omission.article]) \(title)** leaves out \(omission.missing.count):")
            for text in omission.missing {
                out.append("  - \(Self.inline(text))")
            }
        }
        out.append("")
    }

    // MARK: Quotes and facts

    private func quotes(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.quotes.isEmpty else { return }
        section("Quotes", into: &out)
        for quote in story.quotes {
            out.append("- **\(Self.inline(quote.speaker ?? "(unattributed)"))**")
            for (index, variant) in quote.variants.enumerated() {
                let label = index == 0 ? "" : "variant: "
                let flag = variant.paraphrase ? " — *paraphrase presented as a quote*" : ""
                out.append(
                    "  - \(label)“\(Self.inline(Self.flat(variant.text)))” \(keys.list(variant.articles))\(flag)")
                if index > 0, !variant.diff.isEmpty {
                    out.append("    - diff: " + Self.diff(variant.diff))
                }
            }
        }
        out.append("")
    }

    /// Kept words plain, left-out words struck through, added words bold.
    static func diff(_ runs: [ReportQuote.DiffRun]) -> String {
        runs.compactMap { run -> String? in
            let text = escape(flat(run.text))
            guard !text.isEmpty else { return nil }
            switch run.op {
            case "-": return "~~\(text)~~"
            case "+": return "**\(text)**"
            default: return text
            }
        }.joined(separator: " ")
    }

    private func discrepancies(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.discrepancies.isEmpty else { return }
        section("Discrepancies", into: &out)
        for discrepancy in story.discrepancies {
            out.append("- **\(discrepancy.kind.rawValue)**: \(Self.inline(discrepancy.subject))")
            for value in discrepancy.values {
                let written =
                    value.written.isEmpty
                    ? "" : " (written " + value.written.map { "“\(Self.inline($0))”" }.joined(separator: ", ") + ")"
                out.append("  - \(Self.inline(value.value))\(written) \(keys.list(value.articles))")
                for passage in value.evidence {
                    let quote = Self.inline(TextReport.clip(Self.flat(passage.text), 240))
                    out.append("    - \(keys[passage.article]) “\(quote)”")
                }
            }
        }
        out.append("")
    }

    private func timeline(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.timeline.isEmpty else { return }
        section("Timeline", into: &out)
        out.append("| Date | Event | Sources | Sources agree |")
        out.append("| --- | --- | --- | --- |")
        for event in story.timeline {
            let agree = event.conflicting ? "**no**" : "yes"
            let cells = [Self.inline(event.date), Self.inline(event.text), keys.list(event.articles), agree]
            out.append("| " + cells.joined(separator: " | ") + " |")
        }
        out.append("")
    }

    private func entities(_ story: StoryReport, keys: SourceKeys, into out: inout [String]) {
        guard !story.entities.isEmpty else { return }
        section("Entities", into: &out)
        for kind in Self.entityKinds(story.entities) {
            let names = story.entities.filter { $0.kind == kind }.map { entity in
                var notes: [String] = []
                if !entity.roles.isEmpty { notes.append(entity.roles.joined(separator: "; ")) }
                if !entity.variants.isEmpty { notes.append("also " + entity.variants.joined(separator: ", ")) }
                let detail = notes.isEmpty ? "" : " (\(Self.inline(notes.joined(separator: "; "))))"
                return Self.inline(entity.name) + detail + " " + keys.list(entity.articles)
            }
            out.append("- **\(Self.inline(kind))**: " + names.joined(separator: " · "))
        }
        out.append("")
    }

    /// The known kinds in a fixed order, then any others alphabetically.
    static func entityKinds(_ entities: [ReportEntity]) -> [String] {
        let known = ["person", "organization", "place", "other"]
        let present = Set(entities.map(\.kind))
        return known.filter(present.contains) + present.subtracting(known).sorted()
    }

    /// Article ids in source-key order, without repeats.
    static func articleOrder(_ articles: [String], keys: SourceKeys) -> [String] {
        var seen = Set<String>()
        return articles.filter { seen.insert($0).inserted }
            .sorted { (keys.number(of: $0) ?? .max) < (keys.number(of: $1) ?? .max) }
    }

    private func section(_ title: String, into out: inout [String]) {
        out.append("### " + title)
        out.append("")
    }
}

// MARK: - Escaping

extension MarkdownReport {
    /// Characters that start Markdown syntax inline (emphasis, code, links, HTML, table cells,
    /// headings, strikethrough, entities) and the backslash itself.
    private static let special: Set<Character> = ["\\", "|", "*", "_", "`", "[", "]", "<", ">", "#", "~", "&"]

    /// Escapes article text for use inside a line: every special character gets a backslash, and a
    /// line start that would open a list, heading or rule (`- `, `+ `, `1. `, `=`) is escaped too.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        if let first = result.first, "-+=".contains(first) {
            result.insert("\\", at: result.startIndex)
        } else if let marker = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }), marker > result.startIndex,
            result[marker] == "." || result[marker] == ")"
        {
            result.insert("\\", at: marker)
        }
        return result
    }

    /// Newlines and runs of spaces become single spaces, so a passage stays in its list item or cell.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Flattened and escaped.
    static func inline(_ text: String) -> String { escape(flat(text)) }

    /// Text for a code span: code spans cannot escape backticks, and `|` would still end a table cell.
    static func code(_ text: String) -> String {
        String(flat(text).map { $0 == "`" || $0 == "|" ? "'" : $0 })
    }

    /// An already escaped link text, linked to `source` when it is a web address.
    static func link(_ text: String, to source: String) -> String {
        guard source.hasPrefix("https://") || source.hasPrefix("http://") else { return text }
        var url = ""
        for scalar in source.unicodeScalars {
            switch scalar {
            case " ", "(", ")", "<", ">", "|", "\\", "`", "[", "]", "\"":
                url += "%" + String(scalar.value, radix: 16, uppercase: true)
            default:
                url.unicodeScalars.append(scalar)
            }
        }
        return "[\(text)](\(url))"
    }
}
