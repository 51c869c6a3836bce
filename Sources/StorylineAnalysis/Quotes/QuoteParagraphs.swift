/// Paragraphs for quote pairing: a line break ends a paragraph unless the next line starts with a
/// lowercase letter or digit (a wrapped line); blank lines always do.
enum QuoteParagraphs {
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            guard NameScalars.isLineBreak(scalars[index]) else {
                index += 1
                continue
            }
            var next = index
            var breaks = 0
            while next < scalars.count, NameScalars.isSpace(scalars[next]) {
                if NameScalars.isLineBreak(scalars[next])
                    && !(scalars[next] == "\n" && next > 0 && scalars[next - 1] == "\r")
                {
                    breaks += 1
                }
                next += 1
            }
            let wrapped =
                breaks == 1 && next < scalars.count
                && (NameScalars.isLowercase(scalars[next]))
            if !wrapped {
                if index > start { result.append(start..<index) }
                start = next
            }
            index = next
        }
        if start < scalars.count { result.append(start..<scalars.count) }
        return result
    }
}
