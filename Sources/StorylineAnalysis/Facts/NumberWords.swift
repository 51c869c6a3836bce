/// The English words the number extractor reads: spelled-out numbers, scale words and hedges.
enum NumberWords {
    /// "one" … "nineteen".
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// "twenty" … "ninety".
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    /// Words that multiply what stands before them inside one spelled-out number.
    static let multipliers: [String: Double] = ["hundred": 100, "dozen": 12]

    /// Plurals that give an order of magnitude, not a number ("dozens of", "hundreds of thousands of"):
    /// read as twice the unit, the least the plural can mean, and always approximate.
    static let pluralMagnitudes: [String: Double] = [
        "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]

    /// Scale words written apart from the number ("1.5 billion", "20 mln", "3 bn").
    static let spacedScales: [String: Double] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "mln": 1_000_000, "mn": 1_000_000, "mio": 1_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
        "mld": 1_000_000_000, "mrd": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
    ]

    /// Scale letters glued to the number ("20k", "€20m", "$1.5bn"); "m" and "b" only for money, since
    /// "20m" alone is a length.
    static let gluedScales: [String: Double] = [
        "k": 1_000, "bn": 1_000_000_000, "mn": 1_000_000, "tn": 1_000_000_000_000,
    ]
    static let gluedMoneyScales: [String: Double] = ["m": 1_000_000, "b": 1_000_000_000]

    /// Hedges written before a number, longest first, as lowercased word sequences.
    static let leadingHedges: [[String]] = [
        ["as", "many", "as"], ["as", "much", "as"], ["in", "excess", "of"], ["more", "than"], ["less", "than"],
        ["fewer", "than"], ["up", "to"], ["at", "least"], ["at", "most"], ["close", "to"], ["upwards", "of"],
        ["an", "estimated"], ["just", "over"], ["just", "under"], ["well", "over"], ["about"], ["around"],
        ["some"], ["nearly"], ["approximately"], ["approx"], ["roughly"], ["over"], ["under"],
        ["estimated"], ["circa"], ["ca"], ["below"], ["above"], ["almost"], ["nigh"],
    ]

    /// Hedge symbols written right before a number ("~500", "≈ 300").
    static let hedgeSymbols: Set<Unicode.Scalar> = ["~", "≈", "∼"]

    /// Words before a word-number that make it a pronoun rather than a count ("no one", "the one who").
    static let pronounDeterminers: Set<String> = [
        "no", "the", "every", "any", "each", "this", "that", "which", "someone",
    ]

    /// Words after which a bare four-digit number is a year whatever follows it ("in 2026 elections",
    /// "since 2014"); after other words it is a year unless a counted noun follows ("by 2030" but "2000 troops").
    static let yearContext: Set<String> = [
        "in", "since", "from", "until", "till", "through", "before", "after", "during", "between", "early", "late",
        "mid", "year", "fiscal", "spring", "summer", "autumn", "fall", "winter",
    ]
}
