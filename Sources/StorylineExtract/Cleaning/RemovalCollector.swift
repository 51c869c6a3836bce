import StorylineCore

/// Collects removals for one text, never letting a new one overlap a removal already made.
struct RemovalCollector {
    private let scalars: [Unicode.Scalar]
    /// Removals so far (the reader's and the cleaner's), kept sorted by start.
    private(set) var removals: [RemovedSegment]
    private(set) var added: [RemovedSegment] = []

    init(text: String, existing: [RemovedSegment]) {
        scalars = Array(text.unicodeScalars)
        removals = existing.sorted { $0.start < $1.start }
    }

    func slice(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// Whether every non-space scalar of `start..<end` is already removed.
    func isCovered(_ start: Int, _ end: Int) -> Bool {
        pieces(start, end).isEmpty
    }

    /// Adds `start..<end` minus what is already removed; each remaining piece is trimmed of white space
    /// and kept only when it holds a letter or digit.
    mutating func add(_ start: Int, _ end: Int, reason: RemovalReason) {
        for (pieceStart, pieceEnd) in pieces(start, end) {
            let segment = RemovedSegment(text: slice(pieceStart, pieceEnd), reason: reason, start: pieceStart, end: pieceEnd)
            let position = removals.firstIndex { $0.start > pieceStart } ?? removals.endIndex
            removals.insert(segment, at: position)
            added.append(segment)
        }
    }

    private func pieces(_ start: Int, _ end: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var cursor = max(0, start)
        let end = min(end, scalars.count)
        for removal in removals where removal.end > cursor && removal.start < end {
            if removal.start > cursor { result.append((cursor, removal.start)) }
            cursor = max(cursor, removal.end)
        }
        if cursor < end { result.append((cursor, end)) }
        return result.compactMap(trimmed)
    }

    private func trimmed(_ range: (Int, Int)) -> (Int, Int)? {
        var (start, end) = range
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard scalars[start..<end].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return nil }
        return (start, end)
    }
}
