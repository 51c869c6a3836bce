/// What an element's `class` and `id` say about it, for metadata: a byline, a date, a kicker above a
/// headline, or a region (comments, related links, sidebars) whose names and dates are not the article's.
///
/// Found in one pass over the attribute bytes, ignoring ASCII case, by an Aho–Corasick automaton; no
/// `String` is made.
struct ClassMarkers: OptionSet {
    let rawValue: UInt16

    static let byline = ClassMarkers(rawValue: 1 << 0)
    static let author = ClassMarkers(rawValue: 1 << 1)
    static let date = ClassMarkers(rawValue: 1 << 2)
    static let updated = ClassMarkers(rawValue: 1 << 3)
    static let published = ClassMarkers(rawValue: 1 << 4)
    static let kicker = ClassMarkers(rawValue: 1 << 5)
    static let boilerplate = ClassMarkers(rawValue: 1 << 6)
    static let copyright = ClassMarkers(rawValue: 1 << 7)
    static let footer = ClassMarkers(rawValue: 1 << 8)
    static let title = ClassMarkers(rawValue: 1 << 9)

    /// Class and id fragments, lowercase, with what each marks.
    static let fragments: [(fragment: [UInt8], marker: ClassMarkers)] =
        ([
            ("byline", .byline), ("by-line", .byline), ("by_line", .byline), ("dateline", .date),
            ("author", .author), ("autor", .author), ("auteur", .author), ("writer", .author), ("creator", .author),
            ("username", .author), ("user-name", .author), ("poster", .author),
            ("date", .date), ("time", .date), ("datum", .date), ("fecha", .date), ("posted", .published),
            ("publish", .published), ("pubdate", .published), ("update", .updated), ("modified", .updated),
            ("kicker", .kicker), ("topline", .kicker), ("overline", .kicker), ("dachzeile", .kicker),
            ("eyebrow", .kicker), ("roofline", .kicker), ("supertitle", .kicker), ("pretitle", .kicker),
            ("comment", .boilerplate), ("related", .boilerplate), ("sidebar", .boilerplate), ("widget", .boilerplate),
            ("recommend", .boilerplate), ("popular", .boilerplate), ("teaser", .boilerplate), ("promo", .boilerplate),
            ("trending", .boilerplate), ("newsletter", .boilerplate), ("footer", .footer), ("copyright", .copyright),
            ("headline", .title), ("title", .title),
        ] as [(String, ClassMarkers)]).map { (Array($0.0.utf8), $0.1) }

    /// The fragments as an Aho–Corasick automaton over case-folded letters, `-`, `_` and "anything else",
    /// so a `class` is scanned once, one table step per byte, however many fragments there are.
    private static let symbolCount = 29
    private static let symbols: [UInt8] = (0...255).map { byte in
        let lowered = CBytes.lowercased(UInt8(byte))
        if lowered &- 0x61 < 26 { return lowered - 0x61 }
        return lowered == UInt8(ascii: "-") ? 26 : lowered == UInt8(ascii: "_") ? 27 : 28
    }

    private static let automaton: (transitions: [Int32], outputs: [UInt16]) = {
        var goto: [[Int32]] = [[Int32](repeating: -1, count: symbolCount)]
        var output: [UInt16] = [0]
        for (fragment, marker) in fragments {
            var state = 0
            for byte in fragment {
                let symbol = Int(symbols[Int(byte)])
                if goto[state][symbol] < 0 {
                    goto[state][symbol] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: symbolCount))
                    output.append(0)
                }
                state = Int(goto[state][symbol])
            }
            output[state] |= marker.rawValue
        }
        var failure = [Int](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for symbol in 0..<symbolCount {
            let next = goto[0][symbol]
            if next < 0 {
                goto[0][symbol] = 0
            } else {
                queue.append(Int(next))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] |= output[failure[state]]
            for symbol in 0..<symbolCount {
                let next = goto[state][symbol]
                if next < 0 {
                    goto[state][symbol] = goto[failure[state]][symbol]
                } else {
                    failure[Int(next)] = Int(goto[failure[state]][symbol])
                    queue.append(Int(next))
                }
            }
        }
        return (goto.flatMap { $0 }, output)
    }()

    /// The markers found in `class` and `id`; empty when both are absent.
    static func scan(_ attributes: MetadataAttributes) -> ClassMarkers {
        var markers: ClassMarkers = []
        if let value = attributes.class { markers.formUnion(scan(value)) }
        if let value = attributes.id { markers.formUnion(scan(value)) }
        return markers
    }

    /// The markers found in `bytes` (NUL-terminated).
    static func scan(_ bytes: UnsafePointer<UInt8>) -> ClassMarkers {
        let (transitions, outputs) = automaton
        return transitions.withUnsafeBufferPointer { transitions in
            outputs.withUnsafeBufferPointer { outputs in
                symbols.withUnsafeBufferPointer { symbols in
                    var found: UInt16 = 0
                    var state = 0
                    var position = 0
                    while true {
                        let byte = bytes[position]
                        if byte == 0 { break }
                        state = Int(transitions[state * symbolCount + Int(symbols[Int(byte)])])
                        found |= outputs[state]
                        position += 1
                    }
                    return ClassMarkers(rawValue: found)
                }
            }
        }
    }
}
