/// The quote marks Storyline understands and how they pair up.
enum QuoteMarkStyle {
    /// Double-level marks: opening mark → closing marks, tried before single marks.
    static let doubles: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\"": ["\""],
        "\u{201C}": ["\u{201D}"],  // “ ”
        "\u{201E}": ["\u{201C}", "\u{201D}"],  // „ “  „ ”
        "\u{00AB}": ["\u{00BB}"],  // « »
        "\u{300C}": ["\u{300D}"],  // 「 」
        "\u{300E}": ["\u{300F}"],  // 『 』
        "\u{FF02}": ["\u{FF02}"],  // full-width "
    ]

    /// Marks that open a quote only when written before a word, because they also close quotes
    /// elsewhere: ” (Swedish ”…”), » (German »…«).
    static let reversedDoubles: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "\u{201D}": ["\u{201D}"],
        "\u{00BB}": ["\u{00AB}"],
    ]

    /// Single-level marks, which share their shapes with apostrophes.
    static let singles: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "'": ["'"],
        "\u{2018}": ["\u{2019}", "'"],  // ‘ ’
        "\u{201A}": ["\u{2018}", "\u{2019}"],  // ‚ ‘  ‚ ’
        "\u{2039}": ["\u{203A}"],  // ‹ ›
    ]

    /// Every mark that can open a quote.
    static let openers: Set<Unicode.Scalar> = Set(doubles.keys).union(reversedDoubles.keys).union(singles.keys)
    /// Every mark that can close a quote.
    static let closers: Set<Unicode.Scalar> = doubles.values.reduce(into: Set<Unicode.Scalar>()) { $0.formUnion($1) }
        .union(singles.values.reduce(into: Set<Unicode.Scalar>()) { $0.formUnion($1) })
        .union(reversedDoubles.values.reduce(into: Set<Unicode.Scalar>()) { $0.formUnion($1) })

    /// Whether `scalar` is any quote mark.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool { openers.contains(scalar) || closers.contains(scalar) }
}
