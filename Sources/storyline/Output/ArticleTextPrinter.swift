import Foundation
import StorylineCore
import StorylineStore

/// Renders articles for a terminal.
enum ArticleTextPrinter {
    /// One line per article: id, date, language, outlet, title.
    static func table(_ summaries: [ArticleSummary]) -> String {
        var lines = [pad("ID", 16) + "  " + pad("PUBLISHED", 16) + "  LANG  " + pad("OUTLET", 18) + "  TITLE"]
        for item in summaries {
            lines.append(
                pad(item.id, 16) + "  " + pad(item.published?.iso8601 ?? "-", 16) + "  "
                    + pad(item.language ?? "-", 4) + "  " + pad(item.outlet ?? "-", 18) + "  " + (item.title ?? "(untitled)"))
        }
        return lines.joined(separator: "\n")
    }

    /// The whole article: metadata, clean text, then every removed segment with its reason and offsets.
    static func detail(_ article: Article, file: String? = nil) -> String {
        var lines: [String] = []
        lines.append("# " + (article.title ?? "(untitled)"))
        lines.append("id:        \(article.id)")
        if let file { lines.append("file:      \(file)") }
        lines.append("source:    \(article.source)")
        if let url = article.url, url != article.source { lines.append("url:       \(url)") }
        lines.append("outlet:    \(article.outlet ?? "-")")
        lines.append("author:    \(article.author ?? "-")")
        lines.append("published: \(article.published?.iso8601 ?? "-")")
        lines.append("language:  \(article.language ?? "-")")
        lines.append("")
        lines.append(article.text)
        lines.append("")
        lines.append("removed (\(article.removed.count)):")
        for segment in article.removed {
            let text = segment.text.replacingOccurrences(of: "\n", with: " ⏎ ")
            let shown = text.count > 160 ? String(text.prefix(157)) + "…" : text
            lines.append("  [\(segment.reason)] \(segment.start)–\(segment.end): \(shown)")
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
