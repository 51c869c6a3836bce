/// Deterministic random texts and word sets for the fingerprint tests.
struct TestTexts {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Words and separators from many scripts, with the cases the scanner treats specially:
    /// apostrophes, general punctuation, ligatures, scalars outside the BMP, digits of other scripts.
    static let pieces = [
        "the", "Quick", "BROWN", "fox", "jumps", "over", "lazy", "dog", "2024", "x", "a1b2c3", "supercalifragilistic",
        "don't", "what’s", "O'Neil", "rock'n'roll", "'quoted'", "‘single’", "“double”", "—", "–", "…", " ", "  ",
        ", ", ". ", "\n", "\n\n", "\t", "-", "_", "/", "(", ")", "#", "@", "$5.00", "½", "Müller", "STRASSE", "straße",
        "Ærøskøbing", "ﬁnance", "İstanbul", "ǅemal", "Σίσυφος", "ΣΊΣΥΦΟΣ", "привет", "МОСКВА", "мир", "مرحبا", "١٢٣",
        "שלום", "नमस्ते", "日本語", "中文新闻", "한국어", "カタカナ", "ひらがな", "・", "。", "，", "🙂", "𝔘𝔫𝔦", "𠀀𠀁", "Zoë",
        "naïve", "façade", "\u{2009}", "\u{00A0}", "\u{FEFF}", "e\u{0301}", "ﬀ", "Ⅻ", "①", "x’", "’x", "a'", "'",
    ]

    /// A text of `count` random pieces, sometimes glued together without a separator.
    mutating func mixedText(pieces count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            text += Self.pieces[below(Self.pieces.count)]
            if below(3) > 0 { text += " " }
        }
        return text
    }

    /// Random bytes, mostly ASCII, with UTF-8 lead and continuation bytes in wrong places.
    mutating func bytes(count: Int) -> [UInt8] {
        (0..<count).map { _ in
            switch below(10) {
            case 0: UInt8(0x80 + below(0x40))
            case 1: UInt8(0xC0 + below(0x40))
            case 2: 0xE2
            default: UInt8(0x20 + below(0x5F))
            }
        }
    }

    /// Two texts of distinct one-word tokens whose token sets have `size` tokens each and share
    /// `shared`: with 1-word shingles their exact Jaccard similarity is shared / (2·size − shared).
    mutating func wordSetPair(size: Int, shared: Int) -> (String, String, Double) {
        let base = next() % 1_000_000_000
        let common = (0..<shared).map { "w\(base)x\($0)" }
        let left = common + (0..<(size - shared)).map { "l\(base)x\($0)" }
        let right = common + (0..<(size - shared)).map { "r\(base)x\($0)" }
        let jaccard = Double(shared) / Double(2 * size - shared)
        return (left.joined(separator: " "), right.joined(separator: " "), jaccard)
    }
}
