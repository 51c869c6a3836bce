/// Chooses the element that holds the article: the subtree whose paragraphs add up to the most prose
/// once link lists and navigation count against it.
///
/// Every paragraph-like block (a `<p>`, heading, list item, cell, quote, or a `<div>` without block
/// children) is worth its non-link characters when it reads like prose (at least 25 of them, less than
/// half links, and a comma or sentence mark unless it is 80 characters long), nothing when it is short, and minus 75 % of its characters when it is mostly links.
/// A subtree's value is the sum over its blocks; the best subtree is the smallest that takes in the
/// article's paragraphs without the link lists around them, however deep a page builder nests them.
/// Explicit article containers get 15 % more, so among near-equal choices the page's own marking wins.
struct ContentSelector {
    /// The value of each entry's subtree (0 for removed entries).
    private(set) var values: [Double]
    /// Prose characters (positive block values only) in each entry's subtree.
    private(set) var prose: [Int32]

    init(tree: PageTree, counts: PageTextCounts, removed: [Bool]?) {
        let count = tree.count
        values = [Double](repeating: 0, count: count)
        prose = [Int32](repeating: 0, count: count)
        let own = OwnText(tree: tree, counts: counts, removed: removed)
        for index in stride(from: count - 1, through: 0, by: -1) {
            if let removed, removed[index] { continue }
            if own.characters[index] > 0 {
                let characters = Double(own.characters[index])
                let links = Double(own.linkCharacters[index])
                if links / characters > 0.5 {
                    values[index] += -0.75 * characters
                } else if characters - links >= 25 && (characters >= 80 || own.marks[index] > 0) {
                    values[index] += characters - links
                    prose[index] += own.characters[index] - own.linkCharacters[index]
                }
            }
            let parent = Int(tree.parents[index])
            if parent >= 0 {
                values[parent] += values[index]
                prose[parent] += prose[index]
            }
        }
    }

    /// Blocks that are scored; nested blocks inside them are not scored again.
    static func isParagraphLike(_ tag: HTMLTag, hasBlockChild: Bool) -> Bool {
        tag.isBlock && tag != .br && tag != .hr && !hasBlockChild
    }

    /// The best element and its value; nil when no block reads like prose.
    func best(in tree: PageTree, removed: [Bool]?) -> (index: Int, value: Double)? {
        var best: (index: Int, value: Double)?
        for index in 0..<tree.count where tree.tags[index] != .text {
            if let removed, removed[index] { continue }
            var value = values[index]
            guard value > 0, prose[index] > 0 else { continue }
            // `<main>` marks a region of the page, not the article: it gets no bonus over what is inside it.
            if tree.tags[index] != .main && BoilerplateMask.isArticleMarker(tree, index) { value *= 1.15 }
            if best == nil || value >= best!.value { best = (index, value) }
        }
        return best
    }
}
