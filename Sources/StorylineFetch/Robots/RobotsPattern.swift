/// One `Allow` or `Disallow` path pattern of a robots.txt: `*` matches any run of characters, a final
/// `$` anchors the pattern at the end of the path; otherwise the pattern matches path prefixes.
struct RobotsPattern: Sendable, Hashable {
    /// The pattern as written (after percent-encoding normalisation).
    let text: String
    /// Whether the rule allows (true) or disallows the paths it matches.
    let allows: Bool
    private let pieces: [[UInt8]]
    private let anchored: Bool

    init(_ pattern: String, allows: Bool) {
        text = RobotsPattern.normalise(pattern)
        self.allows = allows
        var body = Array(text.utf8)
        anchored = body.last == UInt8(ascii: "$")
        if anchored { body.removeLast() }
        pieces = body.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false).map(Array.init)
    }

    /// The match length used for precedence: the longest (most specific) matching pattern wins.
    var specificity: Int { text.utf8.count }

    /// Whether `path` (path and query, normalised) matches.
    ///
    /// Matching the pieces between `*`s leftmost-first is exact for these patterns: taking the
    /// earliest place for a piece never rules out a match that a later place would allow.
    func matches(_ path: [UInt8]) -> Bool {
        guard let first = pieces.first, path.starts(with: first) else { return false }
        var position = first.count
        if pieces.count == 1 { return !anchored || position == path.count }
        for (index, piece) in pieces.enumerated().dropFirst() {
            let isLast = index == pieces.count - 1
            if isLast && anchored {
                return path.count - piece.count >= position && path.suffix(piece.count).elementsEqual(piece)
            }
            guard let found = Self.find(piece, in: path, from: position) else { return false }
            position = found + piece.count
        }
        return true
    }

    private static func find(_ piece: [UInt8], in path: [UInt8], from start: Int) -> Int? {
        if piece.isEmpty { return start }
        guard path.count >= piece.count, start <= path.count - piece.count else { return nil }
        for offset in start...(path.count - piece.count) where path[offset] == piece[0] {
            if path[offset..<(offset + piece.count)].elementsEqual(piece) { return offset }
        }
        return nil
    }

    /// Percent-escapes upper-cased and characters outside ASCII percent-encoded (RFC 9309 §2.2.2), so
    /// that `/caf%c3%a9`, `/caf%C3%A9` and `/café` compare equal.
    static func normalise(_ path: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(path.utf8)
        var index = 0
        let hex = Array("0123456789ABCDEF".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, bytes[index + 1].isHexDigit,
                bytes[index + 2].isHexDigit
            {
                out += [byte, bytes[index + 1].upperHex, bytes[index + 2].upperHex]
                index += 3
                continue
            }
            if byte >= 0x80 || byte <= 0x20 {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }

    fileprivate var upperHex: UInt8 { (0x61...0x66).contains(self) ? self - 0x20 : self }
}
