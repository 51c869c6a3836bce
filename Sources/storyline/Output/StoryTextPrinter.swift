import StorylineGrouping

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
}
