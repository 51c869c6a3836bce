import StorylineGrouping
import StorylineStore

/// Renders stories for a terminal.
enum StoryTextPrinter {
    /// Stories largest first: a header line each, then its articles in publication order.
    static func clusters(items: [StoryClusteringRun.Item], assignments: [StoryAssignment]) -> String {
        var members: [String: [Int]] = [:]
        for (index, assignment) in assignments.enumerated() { members[assignment.story, default: []].append(index) }
        let ordered = members.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        var lines: [String] = ["\(ordered.count) stories from \(items.count) articles"]
        for (story, indices) in ordered {
            let sorted = indices.sorted { (items[$0].published?.secondsSinceEpoch ?? .max) < (items[$1].published?.secondsSinceEpoch ?? .max) }
            let outlets = Set(indices.compactMap { items[$0].outlet })
            let dates = sorted.compactMap { items[$0].published?.dayString }
            let span = dates.isEmpty ? "undated" : (dates.first == dates.last ? dates[0] : "\(dates[0]) – \(dates.last!)")
            lines.append("")
            lines.append("\(story)  \(indices.count) article\(indices.count == 1 ? "" : "s"), \(outlets.count) outlets, \(span)")
            for index in sorted {
                let item = items[index]
                let date = item.published?.dayString ?? "undated   "
                lines.append("  \(date)  \(item.id.prefix(16))  \(item.outlet ?? "-"): \(item.title ?? "(untitled)")")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One line per stored story.
    static func table(_ stories: [StorySummary]) -> String {
        var lines = ["STORY          ARTICLES  OUTLETS  SPAN                     TITLE"]
        for story in stories {
            let span = [story.first?.dayString, story.last?.dayString].compactMap { $0 }
            let spanText = span.isEmpty ? "undated" : (span[0] == span[1] ? span[0] : "\(span[0]) – \(span[1])")
            lines.append(
                story.id.padding(toLength: 15, withPad: " ", startingAt: 0)
                    + String(story.articleCount).padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(story.outlets.count).padding(toLength: 9, withPad: " ", startingAt: 0)
                    + spanText.padding(toLength: 25, withPad: " ", startingAt: 0) + (story.title ?? "(untitled)"))
        }
        return lines.joined(separator: "\n")
    }

    /// A story with each article and the evidence for its joining.
    static func detail(_ story: StoryDetail) -> String {
        var lines = ["# \(story.summary.title ?? "(untitled)")", "story:    \(story.summary.id)"]
        lines.append("articles: \(story.summary.articleCount) from \(story.summary.outlets.count) outlets")
        if !story.mergedFrom.isEmpty { lines.append("merged:   \(story.mergedFrom.joined(separator: ", "))") }
        for member in story.members {
            let article = member.article
            lines.append("")
            lines.append("\(article.published?.iso8601 ?? "undated")  \(article.id)  \(article.outlet ?? "-")")
            lines.append("  \(article.title ?? "(untitled)")")
            if let evidence = member.evidence {
                lines.append(
                    String(format: "  joined: score %.3f; closest %@ (similarity %.3f)", evidence.score,
                           evidence.closestArticle, evidence.similarityToClosest))
                if !evidence.sharedNames.isEmpty { lines.append("  shared names: \(evidence.sharedNames.joined(separator: ", "))") }
                if !evidence.sharedTerms.isEmpty { lines.append("  shared terms: \(evidence.sharedTerms.joined(separator: ", "))") }
            } else {
                lines.append(member.placedBy == "auto" ? "  started the story" : "  placed by hand (\(member.placedBy))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Duplicate groups as copy chains.
    static func duplicates(_ groups: [DuplicateGroup], titles: [String: String]) -> String {
        guard !groups.isEmpty else { return "no duplicates" }
        var lines = ["\(groups.count) duplicate group\(groups.count == 1 ? "" : "s")"]
        for group in groups {
            lines.append("")
            lines.append("\(group.kind.rawValue) group of \(group.links.count), origin \(group.origin): \(titles[group.origin] ?? "")")
            for link in group.links.dropFirst() {
                let kind = link.kind?.rawValue ?? "-"
                lines.append(
                    String(format: "  %@ ← %@  %@ %.2f  %@", link.article, link.derivedFrom ?? "-", kind, link.similarity,
                           titles[link.article] ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }
}
