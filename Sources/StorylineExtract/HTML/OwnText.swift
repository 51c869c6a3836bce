/// The text each block element holds itself: its text nodes and those inside its inline descendants,
/// but not the text of nested blocks. These runs are the page's paragraphs, including text written
/// straight into a container that also holds headings or other blocks (`<div>Text<br>More<h2>…</h2></div>`).
struct OwnText {
    /// Visible characters of the block's own runs (0 for inline elements and text entries).
    private(set) var characters: [Int32]
    /// Of those, characters inside links.
    private(set) var linkCharacters: [Int32]
    /// Commas and sentence marks in the runs.
    private(set) var marks: [Int32]

    init(tree: PageTree, counts: PageTextCounts, removed: [Bool]?) {
        let count = tree.count
        characters = [Int32](repeating: 0, count: count)
        linkCharacters = [Int32](repeating: 0, count: count)
        marks = [Int32](repeating: 0, count: count)
        var owner = [Int32](repeating: -1, count: count)
        for index in 0..<count {
            let parent = Int(tree.parents[index])
            let tag = tree.tags[index]
            if tag == .text {
                guard parent >= 0 else { continue }
                if let removed, removed[index] { continue }
                let block = Int(owner[parent])
                guard block >= 0 else { continue }
                characters[block] += counts.characters[index]
                linkCharacters[block] += counts.linkCharacters[index]
                marks[block] += counts.commas[index] + counts.sentenceMarks[index]
            } else if Self.isParagraphBlock(tag) {
                owner[index] = Int32(index)
            } else {
                owner[index] = parent >= 0 ? owner[parent] : -1
            }
        }
    }

    /// Elements whose own text is one paragraph (every block but line breaks and rules).
    static func isParagraphBlock(_ tag: HTMLTag) -> Bool {
        tag.isBlock && tag != .br && tag != .hr
    }
}
