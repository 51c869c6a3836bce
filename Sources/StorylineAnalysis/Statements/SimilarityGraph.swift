/// The similarity of sentence pairs above a floor, as sorted neighbour lists: a lookup is a binary
/// search in one sentence's list, with no hashing (a story of 60 copies holds ~10⁵ pairs, and a
/// dictionary keyed by pairs spent most of its time hashing).
public struct SimilarityGraph: Sendable {
    private var neighbours: [[Int]]
    private var similarities: [[Double]]

    /// A graph over `count` sentences from `(i, j, score)` pairs (each pair once, either order).
    init(count: Int, pairs: [(Int, Int, Double)]) {
        var lists = Array(repeating: [(Int, Double)](), count: count)
        for (i, j, score) in pairs {
            lists[i].append((j, score))
            lists[j].append((i, score))
        }
        neighbours = []
        similarities = []
        neighbours.reserveCapacity(count)
        similarities.reserveCapacity(count)
        for var list in lists {
            list.sort { $0.0 < $1.0 }
            neighbours.append(list.map(\.0))
            similarities.append(list.map(\.1))
        }
    }

    /// The similarity of sentences `i` and `j`, or 0 when it was below the floor.
    public func similarity(_ i: Int, _ j: Int) -> Double {
        let list = neighbours[i]
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < j { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low] == j ? similarities[i][low] : 0
    }
}
