/// Turns verified duplicate pairs into groups (connected components) ordered as copy chains.
struct DuplicateChainBuilder {
    let items: [DuplicateFinder.Item]
    /// For each item, its verified partners with their Jaccard similarity.
    let pairs: [Int: [(Int, Double)]]
    let exactKeys: [UInt64]
    let configuration: DuplicateConfiguration
    let similarity: (Int, Int) -> Double

    func groups() -> [DuplicateGroup] {
        var parent = Array(items.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for (item, partners) in pairs {
            for (other, _) in partners {
                let (a, b) = (find(item), find(other))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var components: [Int: [Int]] = [:]
        for item in pairs.keys { components[find(item), default: []].append(item) }
        var result: [DuplicateGroup] = []
        for members in components.values where members.count > 1 {
            result.append(chain(of: members))
        }
        return result.sorted { ($0.links.count, $1.origin) > ($1.links.count, $0.origin) }
    }

    private func kind(_ a: Int, _ b: Int, _ similarity: Double) -> DuplicateKind {
        configuration.kind(similarity: similarity, sameText: exactKeys[a] == exactKeys[b])
    }

    private func chain(of members: [Int]) -> DuplicateGroup {
        let ordered = members.sorted {
            (items[$0].time ?? Int.max, items[$0].id) < (items[$1].time ?? Int.max, items[$1].id)
        }
        let origin = ordered[0]
        var links = [
            DuplicateGroup.Link(
                article: items[origin].id, derivedFrom: nil, similarity: 1, similarityToOrigin: 1, kind: nil)
        ]
        var closest: DuplicateKind = .rewrite
        var earlier: Set<Int> = [origin]
        for member in ordered.dropFirst() {
            let verified = (pairs[member] ?? []).filter { earlier.contains($0.0) }
            let best = verified.max { ($0.1, -$0.0) < ($1.1, -$1.0) }
            let source = best?.0 ?? origin
            let sourceSimilarity = best?.1 ?? similarity(member, origin)
            let toOrigin = source == origin ? sourceSimilarity : similarity(member, origin)
            let linkKind = kind(member, source, sourceSimilarity)
            closest = min(closest, linkKind)
            links.append(
                DuplicateGroup.Link(
                    article: items[member].id, derivedFrom: items[source].id, similarity: sourceSimilarity,
                    similarityToOrigin: toOrigin, kind: linkKind))
            earlier.insert(member)
        }
        return DuplicateGroup(origin: items[origin].id, links: links, kind: closest)
    }
}
