import StorylineText

/// Word-level diff by longest common subsequence.
///
/// ```swift
/// WordDiff.operations(from: ["we", "will", "win"], to: ["we", "shall", "win"])
/// // [equal ["we"], delete ["will"], insert ["shall"], equal ["win"]]
/// ```
public enum WordDiff {
    /// The words of `text` for diffing: lowercased, apostrophes folded ("What’s" → "what's").
    public static func words(in text: String) -> [String] { Tokenizer().words(in: text) }

    /// The runs that turn `base` into `other`: equal, delete and insert runs, deletions before
    /// insertions where both fall between the same equal runs. Complexity: O(n·m) time and space.
    public static func operations(from base: [String], to other: [String]) -> [WordDiffOperation] {
        let n = base.count
        let m = other.count
        // lengths[i][j]: LCS length of base[i...] and other[j...].
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] =
                    base[i] == other[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [WordDiffOperation] = []
        var deleted: [String] = []
        var inserted: [String] = []
        func flushChanges() {
            if !deleted.isEmpty { result.append(WordDiffOperation(kind: .delete, words: deleted)) }
            if !inserted.isEmpty { result.append(WordDiffOperation(kind: .insert, words: inserted)) }
            deleted = []
            inserted = []
        }
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, base[i] == other[j] {
                flushChanges()
                if let last = result.last, last.kind == .equal {
                    result[result.count - 1].words.append(base[i])
                } else {
                    result.append(WordDiffOperation(kind: .equal, words: [base[i]]))
                }
                i += 1
                j += 1
            } else if j < m, i == n || lengths[i][j + 1] >= lengths[i + 1][j] {
                inserted.append(other[j])
                j += 1
            } else {
                deleted.append(base[i])
                i += 1
            }
        }
        flushChanges()
        return result
    }
}
