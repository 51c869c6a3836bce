import StorylineAnalysis

/// Renders an ``AnalysisReport`` as one standalone HTML5 page: inline CSS, no scripts, no external
/// assets, so it can be mailed or archived as a single file.
///
/// Each story is an `<article>` with a sources table (source keys colour-coded, the same colour
/// wherever the source is cited), what cleaning removed from each source, copy chains, and sections
/// for the summary, the common core, what only one source says, what sources leave out, quotes with
/// word diffs (`<del>`/`<ins>`), discrepancies, the timeline and entities. A source key's tooltip gives
/// the article id and, where known, the passage's offsets (Unicode scalars into the clean text, end
/// exclusive). Long parts (removed boilerplate, each source's wording) fold into `<details>`. All
/// article text is escaped.
///
/// ```swift
/// try HTMLReport().render(report).write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLReport: Sendable {
    /// Removed boilerplate is clipped to this many characters.
    public var removedLimit: Int

    public init(removedLimit: Int = 600) {
        self.removedLimit = removedLimit
    }

    public func render(_ report: AnalysisReport) -> String {
        let title = report.stories.count == 1 ? report.stories[0].title : "Storyline report"
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title))</title>
            <style>
            \(Self.css)</style>
            </head>
            <body>
            <main>
            <header class="report"><h1>Storyline report</h1>
            <p class="meta">\(report.stories.count) stor\(report.stories.count == 1 ? "y" : "ies")</p></header>

            """
        if report.stories.isEmpty { out += "<p>No stories.</p>\n" }
        if report.stories.count > 1 { out += contents(report.stories) }
        for story in report.stories {
            out += render(story)
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// Links to each story, for reports of several.
    private func contents(_ stories: [StoryReport]) -> String {
        var out = "<nav class=\"contents\">\n<h2>Stories</h2>\n<ol>\n"
        for story in stories {
            let count = story.articles.count
            out += "<li><a href=\"#\(anchor(story))\">\(esc(story.title))</a> "
            out += "<span class=\"meta\">\(count) source\(count == 1 ? "" : "s")</span></li>\n"
        }
        return out + "</ol>\n</nav>\n"
    }

    private func anchor(_ story: StoryReport) -> String { "story-" + HTMLEscaping.identifier(story.id) }

    private func render(_ story: StoryReport) -> String {
        let keys = SourceKeys(story: story)
        let count = story.articles.count
        var out = "<article class=\"story\" id=\"\(anchor(story))\">\n"
        out += "<header><h2>\(esc(story.title))</h2>\n"
        out += "<p class=\"meta\">Story <code>\(esc(story.id))</code> · \(count) source\(count == 1 ? "" : "s")</p>"
        out += "</header>\n"
        out += sources(story, keys: keys)
        out += summary(story, keys: keys)
        out += common(story, keys: keys)
        out += unique(story, keys: keys)
        out += omissions(story, keys: keys)
        out += quotes(story, keys: keys)
        out += discrepancies(story, keys: keys)
        out += timeline(story, keys: keys)
        out += entities(story, keys: keys)
        out += "</article>\n"
        return out
    }

    // MARK: Sources

    private func sources(_ story: StoryReport, keys: SourceKeys) -> String {
        var out = "<section class=\"sources\">\n<h3>Sources</h3>\n<table>\n"
        out += "<thead><tr><th>Key</th><th>Outlet</th><th>Title</th><th>Published</th><th>Language</th>"
        out += "<th>Id</th></tr></thead>\n<tbody>\n"
        for article in story.articles {
            var title = esc(article.title ?? "(no title)")
            if article.source.hasPrefix("https://") || article.source.hasPrefix("http://") {
                title = "<a href=\"\(esc(article.source))\">\(title)</a>"
            }
            out += "<tr><td>\(key(article.id, keys))</td><td>\(esc(article.outlet ?? "—"))</td><td>\(title)</td>"
            out += "<td>\(esc(article.published ?? "undated"))</td><td>\(esc(article.language ?? "—"))</td>"
            out += "<td><code title=\"\(esc(article.source))\">\(esc(article.id))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += removed(story, keys: keys)
        out += copyChains(story, keys: keys)
        out += "</section>\n"
        return out
    }

    /// One `<details>` per source; its summary line (always visible) names the reasons.
    private func removed(_ story: StoryReport, keys: SourceKeys) -> String {
        var out = "<h4>Removed by cleaning</h4>\n"
        let cleaned = story.articles.filter { !$0.removed.isEmpty }
        if cleaned.isEmpty { return out + "<p class=\"meta\">Nothing was removed from these sources.</p>\n" }
        for article in cleaned {
            var reasons: [String] = []
            for segment in article.removed where !reasons.contains(segment.reason) { reasons.append(segment.reason) }
            let n = article.removed.count
            out += "<details class=\"removed\"><summary>\(key(article.id, keys)) \(n) passage\(n == 1 ? "" : "s"): "
            out += "\(esc(reasons.joined(separator: ", ")))</summary>\n<ul>\n"
            for segment in article.removed {
                let title = "original offsets \(segment.start)–\(segment.end)"
                out += "<li title=\"\(title)\"><span class=\"reason\">\(esc(segment.reason))</span> "
                out += "\(esc(TextReport.clip(segment.text, removedLimit)))</li>\n"
            }
            out += "</ul>\n</details>\n"
        }
        return out
    }

    private func copyChains(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.duplicates.isEmpty else { return "" }
        var out = "<h4>Copy chains</h4>\n<ul class=\"chains\">\n"
        for group in story.duplicates {
            let links = group.links.map { link -> String in
                guard let parent = link.derivedFrom else { return "\(key(link.article, keys)) origin" }
                let kind = link.kind.map { "\($0.rawValue), " } ?? ""
                return
                    "\(key(link.article, keys)) ← \(key(parent, keys)) (\(kind)\(TextReport.percent(link.similarity)))"
            }
            out += "<li><span class=\"badge\">\(group.kind.rawValue)</span> \(links.joined(separator: "; "))</li>\n"
        }
        return out + "</ul>\n"
    }

    // MARK: Statements

    private func summary(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.summary.isEmpty else { return "" }
        var out = open("summary", "Summary") + "<ol>\n"
        for sentence in story.summary {
            let cited = MarkdownReport.articleOrder(sentence.provenance.map(\.article) + sentence.sources, keys: keys)
            let marks = cited.map { article -> String in
                guard let place = sentence.provenance.first(where: { $0.article == article }) else {
                    return key(article, keys)
                }
                return key(article, keys, detail: "scalars \(place.start)–\(place.end)")
            }
            out += "<li>\(esc(sentence.text)) <span class=\"keys\">\(marks.joined())</span></li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    private func common(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.common.isEmpty else { return "" }
        var out = open("common", "Common to several sources") + "<ul>\n"
        for statement in story.common {
            out += "<li>\(esc(statement.text)) \(passageKeys(statement.articles, statement.passages, keys))\n"
            if !statement.passages.isEmpty {
                out += "<details><summary>Wording in each source (\(statement.passages.count))</summary>\n<ul>\n"
                for passage in statement.passages {
                    out += "<li>\(key(passage, keys)) \(esc(passage.text))</li>\n"
                }
                out += "</ul>\n</details>\n"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    private func unique(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.unique.isEmpty else { return "" }
        var out = open("unique", "Only in one source")
        for article in MarkdownReport.articleOrder(story.unique.map(\.article), keys: keys) {
            out += "<h4>\(key(article, keys)) \(esc(keys.title(article)))</h4>\n<ul>\n"
            for statement in story.unique where statement.article == article {
                let place = key(article, keys, detail: "scalars \(statement.start)–\(statement.end)")
                out += "<li>\(esc(statement.text)) \(place)</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private func omissions(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.omissions.isEmpty else { return "" }
        var out = open("omissions", "Left out")
        out += "<p class=\"meta\">Statements most other sources carry.</p>\n"
        for omission in story.omissions {
            let n = omission.missing.count
            out +=
                "<h4>\(key(omission.article, keys)) \(esc(keys.title(omission.article))) leaves out \(n)</h4>\n<ul>\n"
            for text in omission.missing { out += "<li>\(esc(text))</li>\n" }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    // MARK: Quotes and facts

    private func quotes(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.quotes.isEmpty else { return "" }
        var out = open("quotes", "Quotes")
        for quote in story.quotes {
            out += "<div class=\"quote\">\n<h4>\(esc(quote.speaker ?? "(unattributed)"))</h4>\n<ul>\n"
            for (index, variant) in quote.variants.enumerated() {
                let flag = variant.paraphrase ? " <span class=\"flag\">paraphrase presented as a quote</span>" : ""
                let kind = index == 0 ? "main" : "variant"
                let cited = passageKeys(variant.articles, variant.passages, keys)
                out += "<li class=\"\(kind)\"><q>\(esc(variant.text))</q> \(cited)\(flag)"
                if index > 0, !variant.diff.isEmpty {
                    out += "\n<p class=\"diff\">\(diff(variant.diff))</p>\n"
                }
                out += "</li>\n"
            }
            out += "</ul>\n</div>\n"
        }
        return out + "</section>\n"
    }

    private func diff(_ runs: [ReportQuote.DiffRun]) -> String {
        runs.map { run in
            switch run.op {
            case "-": "<del>\(esc(run.text))</del>"
            case "+": "<ins>\(esc(run.text))</ins>"
            default: esc(run.text)
            }
        }.joined(separator: " ")
    }

    private func discrepancies(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.discrepancies.isEmpty else { return "" }
        var out = open("discrepancies", "Discrepancies")
        for discrepancy in story.discrepancies {
            out += "<div class=\"discrepancy\">\n<h4><span class=\"badge\">\(discrepancy.kind.rawValue)</span> "
            out += "\(esc(discrepancy.subject))</h4>\n<ul>\n"
            for value in discrepancy.values {
                let cited = passageKeys(value.articles, value.evidence, keys)
                let written =
                    value.written.isEmpty
                    ? ""
                    : " <span class=\"written\">written "
                        + value.written.map { "“\(esc($0))”" }.joined(separator: ", ") + "</span>"
                out += "<li><strong class=\"value\">\(esc(value.value))</strong>\(written) \(cited)\n"
                for passage in value.evidence {
                    out += "<blockquote>\(key(passage, keys)) \(esc(passage.text))</blockquote>\n"
                }
                out += "</li>\n"
            }
            out += "</ul>\n</div>\n"
        }
        return out + "</section>\n"
    }

    private func timeline(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.timeline.isEmpty else { return "" }
        var out = open("timeline", "Timeline")
        out += "<table>\n<thead><tr><th>Date</th><th>Event</th><th>Sources</th></tr></thead>\n<tbody>\n"
        for event in story.timeline {
            let conflict = event.conflicting ? " <span class=\"flag\">sources disagree</span>" : ""
            out += "<tr\(event.conflicting ? " class=\"conflict\"" : "")><td class=\"date\">\(esc(event.date))</td>"
            out +=
                "<td>\(esc(event.text))\(conflict)</td><td>\(passageKeys(event.articles, event.passages, keys))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    private func entities(_ story: StoryReport, keys: SourceKeys) -> String {
        guard !story.entities.isEmpty else { return "" }
        var out = open("entities", "Entities") + "<dl>\n"
        for kind in MarkdownReport.entityKinds(story.entities) {
            out += "<dt>\(esc(kind))</dt>\n"
            for entity in story.entities where entity.kind == kind {
                var notes: [String] = []
                if !entity.roles.isEmpty { notes.append(esc(entity.roles.joined(separator: "; "))) }
                if !entity.variants.isEmpty { notes.append("also " + esc(entity.variants.joined(separator: ", "))) }
                let detail = notes.isEmpty ? "" : " <span class=\"meta\">(\(notes.joined(separator: "; ")))</span>"
                out += "<dd><strong>\(esc(entity.name))</strong>\(detail) \(keyList(entity.articles, keys))</dd>\n"
            }
        }
        return out + "</dl>\n</section>\n"
    }

    // MARK: Pieces

    private func open(_ name: String, _ title: String) -> String {
        "<section class=\"\(name)\">\n<h3>\(title)</h3>\n"
    }

    /// A colour-coded source key whose tooltip names the article id (and `detail`, e.g. offsets).
    private func key(_ article: String, _ keys: SourceKeys, detail: String? = nil) -> String {
        let colour = keys.number(of: article).map { "k\(($0 - 1) % Self.keyColours + 1)" } ?? "k0"
        let label = keys.number(of: article).map(String.init) ?? article
        let title = ["article \(article)", detail].compactMap { $0 }.joined(separator: " · ")
        return "<span class=\"key \(colour)\" title=\"\(esc(title))\">\(esc(label))</span>"
    }

    private func key(_ passage: Passage, _ keys: SourceKeys) -> String {
        key(passage.article, keys, detail: "scalars \(passage.start)–\(passage.end)")
    }

    private func keyList(_ articles: [String], _ keys: SourceKeys) -> String {
        let marks = MarkdownReport.articleOrder(articles, keys: keys).map { key($0, keys) }
        return "<span class=\"keys\">\(marks.joined())</span>"
    }

    /// Keys for `articles`, with offsets from the first passage of each article when there is one.
    private func passageKeys(_ articles: [String], _ passages: [Passage], _ keys: SourceKeys) -> String {
        let marks = MarkdownReport.articleOrder(articles + passages.map(\.article), keys: keys).map { article in
            passages.first { $0.article == article }.map { key($0, keys) } ?? key(article, keys)
        }
        return "<span class=\"keys\">\(marks.joined())</span>"
    }

    private func esc(_ text: String) -> String { HTMLEscaping.escape(text) }
}
