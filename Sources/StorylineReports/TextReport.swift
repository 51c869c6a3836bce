import StorylineAnalysis

/// Renders an ``AnalysisReport`` as a readable terminal report, with ANSI colour when asked.
///
/// Sections per story: sources (with what cleaning removed), summary, common core, what each source
/// adds and omits, quotes with their wordings, discrepancies, timeline and entities. Sources are
/// shown as `[1]`, `[2]` … in publication order; the key is printed under the story's title.
public struct TextReport: Sendable {
    public var color: Bool
    /// Lines are wrapped to this many columns.
    public var width: Int

    public init(color: Bool = false, width: Int = 100) {
        self.color = color
        self.width = width
    }

    public func render(_ report: AnalysisReport) -> String {
        var out: [String] = []
        if report.stories.isEmpty { return "No stories." }
        for (number, story) in report.stories.enumerated() {
            if number > 0 { out.append("") }
            render(story, into: &out)
        }
        return out.joined(separator: "\n")
    }

    private func render(_ story: StoryReport, into out: inout [String]) {
        let keys = SourceKeys(story: story)
        out.append(style("STORY \(story.id) · \(story.articles.count) source\(story.articles.count == 1 ? "" : "s")", .bold))
        out.append(style(story.title, .bold))
        out.append("")
        heading("Sources", into: &out)
        for article in story.articles {
            let meta = [article.outlet, article.published ?? "undated", article.language].compactMap { $0 }
            out.append("\(keys[article.id]) \(article.title ?? "(no title)")")
            let file = article.source.split(separator: "/").last.map(String.init) ?? article.source
            out.append(style("    \(meta.joined(separator: " · ")) · id \(article.id) · \(file)", .dim))
            for removed in article.removed {
                out += wrap(
                    "removed [\(removed.reason)]: \(Self.clip(removed.text, 140))", indent: "    ", style: .dim)
            }
        }
        for group in story.duplicates {
            let chain = group.links.map { link in
                link.derivedFrom.map { "\(keys[link.article]) ← \(keys[$0]) (\(Self.percent(link.similarity)))" }
                    ?? "\(keys[link.article]) origin"
            }
            out.append(style("    copies (\(group.kind)): " + chain.joined(separator: ", "), .dim))
        }

        if !story.summary.isEmpty {
            heading("Summary", into: &out)
            for sentence in story.summary {
                out += wrap("• \(sentence.text) " + style(keys.list(sentence.sources), .cyan), indent: "  ")
            }
        }
        if !story.common.isEmpty {
            heading("Common to several sources", into: &out)
            for statement in story.common {
                out += wrap("• \(statement.text) " + style(keys.list(statement.articles), .cyan), indent: "  ")
                for passage in statement.passages where passage.text != statement.text {
                    out += wrap(style("\(keys[passage.article]) \(passage.text)", .dim), indent: "      ")
                }
            }
        }
        if !story.unique.isEmpty {
            heading("Only in one source", into: &out)
            var lastArticle: String?
            for statement in story.unique {
                if statement.article != lastArticle {
                    out.append("  \(keys[statement.article]) \(keys.title(statement.article))")
                    lastArticle = statement.article
                }
                out += wrap("• \(statement.text)", indent: "      ")
            }
        }
        if !story.omissions.isEmpty {
            heading("Left out (carried by most other sources)", into: &out)
            for omission in story.omissions {
                out.append("  \(keys[omission.article]) omits \(omission.missing.count):")
                for text in omission.missing { out += wrap("- " + Self.clip(text, 160), indent: "      ") }
            }
        }
        if !story.quotes.isEmpty {
            heading("Quotes", into: &out)
            for quote in story.quotes {
                out.append("  " + style(quote.speaker ?? "(unattributed)", .bold))
                for (index, variant) in quote.variants.enumerated() {
                    let mark = index == 0 ? "“" : "  ~ “"
                    let flag = variant.paraphrase ? style(" [paraphrase presented as a quote]", .yellow) : ""
                    out += wrap("\(mark)\(variant.text)” " + style(keys.list(variant.articles), .cyan) + flag, indent: "    ")
                    if index > 0, !variant.diff.isEmpty {
                        out += wrap(style("diff: ", .dim) + diffText(variant.diff), indent: "        ")
                    }
                }
            }
        }
        if !story.discrepancies.isEmpty {
            heading("Discrepancies", into: &out)
            for discrepancy in story.discrepancies {
                out.append("  " + style("\(discrepancy.kind.rawValue): \(discrepancy.subject)", .yellow))
                for value in discrepancy.values {
                    let written = value.written.isEmpty ? "" : " (written “\(value.written.joined(separator: "”, “"))”)"
                    out += wrap("\(value.value)\(written) " + style(keys.list(value.articles), .cyan), indent: "    ")
                    for passage in value.evidence.prefix(3) {
                        out += wrap(style("\(keys[passage.article]) “\(Self.clip(passage.text, 200))”", .dim), indent: "        ")
                    }
                }
            }
        }
        if !story.timeline.isEmpty {
            heading("Timeline", into: &out)
            for event in story.timeline {
                let conflict = event.conflicting ? style(" (sources disagree)", .yellow) : ""
                out += wrap("\(event.date)  \(Self.clip(event.text, 200)) " + style(keys.list(event.articles), .cyan) + conflict, indent: "  ")
            }
        }
        if !story.entities.isEmpty {
            heading("Entities", into: &out)
            for kind in ["person", "organization", "place", "other"] {
                let entities = story.entities.filter { $0.kind == kind }
                guard !entities.isEmpty else { continue }
                let names = entities.map { entity in
                    let roles = entity.roles.isEmpty ? "" : " (\(entity.roles.joined(separator: "; ")))"
                    return "\(entity.name)\(roles) \(keys.list(entity.articles))"
                }
                out += wrap("\(kind): " + names.joined(separator: ", "), indent: "  ")
            }
        }
    }

    private func heading(_ text: String, into out: inout [String]) {
        out.append("")
        out.append(style(text.uppercased(), .bold))
    }

    private func diffText(_ runs: [ReportQuote.DiffRun]) -> String {
        runs.map { run in
            switch run.op {
            case "-": style("[-\(run.text)-]", .red)
            case "+": style("{+\(run.text)+}", .green)
            default: run.text
            }
        }.joined(separator: " ")
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    private func style(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Word-wraps `text` to `width` columns (escape sequences do not count), indenting every line and
    /// continuation lines two more.
    private func wrap(_ text: String, indent: String, style: Style? = nil) -> [String] {
        var lines: [String] = []
        var line = ""
        var visible = 0
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            let length = Self.visibleLength(word)
            let prefix = lines.isEmpty ? indent : indent + "  "
            if visible > 0 && prefix.count + visible + 1 + length > width {
                lines.append(prefix + line)
                line = ""
                visible = 0
            }
            if visible > 0 {
                line += " "
                visible += 1
            }
            line += word
            visible += length
        }
        if visible > 0 { lines.append((lines.isEmpty ? indent : indent + "  ") + line) }
        if let style { return lines.map { self.style($0, style) } }
        return lines
    }

    static func visibleLength(_ word: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in word {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            count += 1
        }
        return count
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
