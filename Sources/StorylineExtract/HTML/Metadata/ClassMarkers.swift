/// What an element's `class` and `id` say about it, for metadata: a byline, a date, a kicker above a
/// headline, or a region (comments, related links, sidebars) whose names and dates are not the article's.
///
/// Found in one pass over the attribute bytes, ignoring ASCII case, with the fragments indexed by their
/// first byte; no `String` is made.
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
    static let fragments: [(fragment: [UInt8], marker: ClassMarkers)] = ([
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

    /// For each first byte, the indexes of the fragments starting with it.
    private static let byFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (index, entry) in fragments.enumerated() { table[Int(entry.fragment[0])].append(index) }
        return table
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
        var markers: ClassMarkers = []
        var position = 0
        while bytes[position] != 0 {
            for index in byFirstByte[Int(CBytes.lowercased(bytes[position]))] {
                let fragment = fragments[index].fragment
                var matched = 1
                while matched < fragment.count, CBytes.lowercased(bytes[position + matched]) == fragment[matched] {
                    matched += 1
                }
                if matched == fragment.count { markers.insert(fragments[index].marker) }
            }
            position += 1
        }
        return markers
    }
}
