/// Merges the names every source mentions into the story's entities.
///
/// People meet by surname ("Mark Rutte", "Rutte"), and show their fullest name; other names meet
/// case-insensitively, and an acronym meets its expansions ("NATO" and "North Atlantic Treaty
/// Organization"). The kind is the one most mentions give. Largest spread first: entities most
/// sources mention lead.
struct EntityAggregator {
    func entities(of story: StoryContext) -> [ReportEntity] {
        struct Entry {
            var names: [String: Int] = [:]
            var kinds: [EntityKind: Int] = [:]
            var articles: [String] = []
            var roles: [String] = []
            var mentions = 0
        }
        // Acronym expansions point at the acronym's key.
        var alias: [String: String] = [:]
        for facts in story.facts {
            for definition in facts.acronyms {
                alias[definition.expansion.lowercased()] = definition.acronym.lowercased()
            }
        }
        var entries: [String: Entry] = [:]
        var order: [String] = []
        for (articleIndex, facts) in story.facts.enumerated() {
            let id = story.articles[articleIndex].id
            for mention in facts.entities {
                let lowered = mention.name.lowercased()
                let key = mention.kind == .person ? "person:" + PersonKey.key(of: mention.name) : alias[lowered] ?? lowered
                if entries[key] == nil { order.append(key) }
                entries[key, default: Entry()].names[mention.name, default: 0] += 1
                entries[key]!.kinds[mention.kind, default: 0] += 1
                entries[key]!.mentions += 1
                if !entries[key]!.articles.contains(id) { entries[key]!.articles.append(id) }
                if let role = mention.role, !entries[key]!.roles.contains(where: { $0.lowercased() == role.lowercased() }) {
                    entries[key]!.roles.append(role)
                }
            }
        }
        // A single-word name that is the surname of a person becomes that person.
        for key in order where !key.hasPrefix("person:") {
            guard let entry = entries[key], entries["person:" + key] != nil, !key.contains(" ") else { continue }
            entries["person:" + key]!.names.merge(entry.names, uniquingKeysWith: +)
            entries["person:" + key]!.mentions += entry.mentions
            for article in entry.articles where !entries["person:" + key]!.articles.contains(article) {
                entries["person:" + key]!.articles.append(article)
            }
            entries[key] = nil
        }
        let articleOrder = Dictionary(uniqueKeysWithValues: story.articles.enumerated().map { ($1.id, $0) })
        let result = order.compactMap { key -> (ReportEntity, Int)? in
            guard let entry = entries[key] else { return nil }
            let kind = entry.kinds.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }!.key
            // A lone capitalised word of no known kind is mostly an adjective ("Russian", "Western")
            // or a sentence-initial noun: not an entity worth listing.
            if kind == .other && !entry.names.keys.contains(where: { $0.contains(" ") }) { return nil }
            let name: String
            if key.hasPrefix("person:") {
                // The full name sources use most ("Joe Arpaio", not a sentence-initial "Controversial
                // Arizona Sheriff Joe Arpaio" written once); the longest on a tie.
                let full = entry.names.filter { $0.key.contains(" ") }
                let pool = full.isEmpty ? entry.names : full
                name = pool.max { a, b in
                    a.value != b.value ? a.value < b.value : (a.key.count != b.key.count ? a.key.count < b.key.count : a.key > b.key)
                }!.key
            } else {
                name = entry.names.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            }
            let variants = entry.names.keys.filter { $0 != name }.sorted()
            let articles = entry.articles.sorted { (articleOrder[$0] ?? 0) < (articleOrder[$1] ?? 0) }
            return (ReportEntity(name: name, kind: kind.rawValue, articles: articles, variants: variants, roles: entry.roles),
                    entry.mentions)
        }
        return result.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.0.articles.count != y.0.articles.count { return x.0.articles.count > y.0.articles.count }
            if x.1 != y.1 { return x.1 > y.1 }
            return a.offset < b.offset
        }.map(\.element.0)
    }
}
