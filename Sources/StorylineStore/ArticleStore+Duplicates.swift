import GRDB
import StorylineGrouping

extension ArticleStore {
    /// Stored duplicate links gathered into groups, each ordered as a copy chain from its origin (the
    /// earliest published article); largest groups first.
    public func duplicateGroups() async throws(StoreError) -> [DuplicateGroup] {
        let links = try await readRows(
            sql: "SELECT articleId, derivedFrom, similarity, kind FROM duplicateLink", arguments: []
        ) { row in
            DuplicateLink(
                article: row["articleId"], derivedFrom: row["derivedFrom"], similarity: row["similarity"],
                kind: DuplicateKind(rawValue: row["kind"]) ?? .rewrite)
        }
        guard !links.isEmpty else { return [] }
        let ids = Array(Set(links.flatMap { [$0.article, $0.derivedFrom] }))
        let times = try await publicationTimes(of: ids)
        var parent: [String: String] = [:]
        func find(_ id: String) -> String {
            var id = id
            while let next = parent[id], next != id { id = next }
            return id
        }
        for link in links {
            let (a, b) = (find(link.article), find(link.derivedFrom))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var members: [String: Set<String>] = [:]
        for id in ids { members[find(id), default: []].insert(id) }
        let linkByArticle = Dictionary(links.map { ($0.article, $0) }, uniquingKeysWith: { first, _ in first })
        var groups: [DuplicateGroup] = []
        for group in members.values where group.count > 1 {
            let ordered = group.sorted { (times[$0] ?? .max, $0) < (times[$1] ?? .max, $1) }
            let origin = ordered[0]
            let chain = ordered.map { id -> DuplicateGroup.Link in
                guard id != origin, let link = linkByArticle[id] else {
                    return DuplicateGroup.Link(article: id, derivedFrom: nil, similarity: 1, similarityToOrigin: 1, kind: nil)
                }
                return DuplicateGroup.Link(
                    article: id, derivedFrom: link.derivedFrom, similarity: link.similarity,
                    similarityToOrigin: link.derivedFrom == origin ? link.similarity : nil, kind: link.kind)
            }
            let closest = chain.compactMap(\.kind).min() ?? .rewrite
            groups.append(DuplicateGroup(origin: origin, links: chain, kind: closest))
        }
        return groups.sorted { ($0.links.count, $1.origin) > ($1.links.count, $0.origin) }
    }

    private func publicationTimes(of ids: [String]) async throws(StoreError) -> [String: Int] {
        try await readValue { db in
            var times: [String: Int] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, publishedEpoch FROM article WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
                {
                    if let time = row["publishedEpoch"] as Int? { times[row["id"]] = time }
                }
            }
            return times
        }
    }
}
