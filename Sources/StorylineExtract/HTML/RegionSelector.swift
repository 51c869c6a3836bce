/// Finds the page's main region for pages that are not one article — listings, product pages, forum
/// threads, collections of teasers — where the content is structured items rather than prose.
///
/// The region is `<main>` when the page has one that holds a fair share of its text; otherwise the walk
/// goes down from the root while one child holds most of its parent's visible text, and stops where the
/// text splits between several children (the main column and whatever sits beside it).
struct RegionSelector {
    /// A child that holds at least this share of its parent's text is the region's next step down.
    var dominantShare = 0.75

    func region(in tree: PageTree, counts: PageTextCounts, removed: [Bool]) -> Int {
        guard tree.count > 0, counts.characters[0] > 0 else { return 0 }
        let total = Double(counts.characters[0])
        var main: Int?
        for index in 0..<tree.count where tree.tags[index] == .main && !removed[index] {
            if Double(counts.characters[index]) >= 0.3 * total { main = index; break }
        }
        var node = main ?? 0
        while true {
            let characters = Double(counts.characters[node])
            var best = -1
            var bestCharacters: Int32 = 0
            var child = node + 1
            let end = Int(tree.ends[node])
            while child < end {
                if !removed[child] && counts.characters[child] > bestCharacters {
                    best = child
                    bestCharacters = counts.characters[child]
                }
                child = Int(tree.ends[child])
            }
            guard best >= 0, tree.tags[best] != .text, Double(bestCharacters) >= dominantShare * characters else {
                return node
            }
            node = best
        }
    }
}
