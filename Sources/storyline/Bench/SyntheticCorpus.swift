/// Generates the benchmark corpus: recombined real sentences plus copies at known rates.
///
/// Articles come in blocks of 100 in which the share of each variant is exact (by default 80
/// originals, 5 exact copies, 10 near copies, 5 heavy rewrites), shuffled within the block. An
/// original draws a language (weighted by how many source documents it has) and 3–5 KB of random
/// sentences from that language's pool. A copy takes one of the last ``window`` articles as its
/// source (so copies of copies happen, as with syndication chains), is published 1 minute to 48
/// hours after it by another outlet, and belongs to its source's story.
///
/// The same seed and sources always give the same corpus.
struct SyntheticCorpus {
    /// Variants per block of 100 articles.
    struct Rates: Sendable {
        var exact = 5
        var near = 10
        var heavy = 5
    }

    /// How many recent articles copies may be taken from.
    static let window = 4096

    private let sources: SourceTexts
    private let rates: Rates
    private var random: SplitMix64
    private var cumulativeWeights: [Int] = []
    private var recent: [SyntheticArticle] = []
    private var plan: [SyntheticArticle.Variant] = []
    private var generated = 0

    init(sources: SourceTexts, seed: UInt64, rates: Rates = Rates()) {
        precondition(!sources.pools.isEmpty, "no source sentences")
        precondition(rates.exact + rates.near + rates.heavy <= 100, "variant rates above 100 per block")
        self.sources = sources
        self.rates = rates
        random = SplitMix64(seed: seed)
        var total = 0
        for pool in sources.pools {
            total += max(1, pool.documents)
            cumulativeWeights.append(total)
        }
    }

    /// The next article.
    mutating func next() -> SyntheticArticle {
        if plan.isEmpty { plan = nextBlock() }
        let variant = recent.isEmpty ? .original : plan.removeLast()
        let number = generated + 1
        generated += 1
        let article: SyntheticArticle
        if variant == .original {
            article = original(number: number)
        } else {
            article = copy(of: recent[random.below(recent.count)], number: number, variant: variant)
        }
        if recent.count < Self.window {
            recent.append(article)
        } else {
            recent[number % Self.window] = article
        }
        return article
    }

    /// The variants of the next 100 articles, shuffled (used from the end).
    private mutating func nextBlock() -> [SyntheticArticle.Variant] {
        var block = [SyntheticArticle.Variant](repeating: .exact, count: rates.exact)
        block += [SyntheticArticle.Variant](repeating: .near, count: rates.near)
        block += [SyntheticArticle.Variant](repeating: .heavy, count: rates.heavy)
        block += [SyntheticArticle.Variant](repeating: .original, count: 100 - block.count)
        for index in block.indices.dropLast() { block.swapAt(index, index + random.below(block.count - index)) }
        return block
    }

    private mutating func original(number: Int) -> SyntheticArticle {
        let weight = random.below(cumulativeWeights.last!)
        let pool = sources.pools[cumulativeWeights.firstIndex { weight < $0 }!]
        let target = random.inRange(3000...5000)
        var paragraphs: [[String]] = []
        var length = 0
        while length < target {
            var paragraph: [String] = []
            for _ in 0..<random.inRange(1...4) where length < target {
                let sentence = random.pick(pool.sentences)
                paragraph.append(sentence)
                length += sentence.utf8.count + 1
            }
            paragraphs.append(paragraph)
            length += 1
        }
        return SyntheticArticle(
            number: number, title: Self.title(of: paragraphs), outlet: random.pick(Self.outlets),
            published: random.below(365 * 86_400), language: pool.language, paragraphs: paragraphs,
            story: number, duplicateOf: nil, variant: .original)
    }

    private mutating func copy(
        of source: SyntheticArticle, number: Int, variant: SyntheticArticle.Variant
    ) -> SyntheticArticle {
        var article = source
        article.number = number
        article.duplicateOf = source.number
        article.variant = variant
        article.published = source.published + random.inRange(60...(48 * 3600))
        repeat { article.outlet = random.pick(Self.outlets) } while article.outlet == source.outlet
        let pool = sources.pools.first { $0.language == source.language }!.sentences
        var editor = CopyEditor(paragraphs: source.paragraphs, pool: pool)
        switch variant {
        case .original, .exact: break
        case .near:
            editor.lightlyEdit(outlet: article.outlet, using: &random)
        case .heavy:
            editor.replaceHalfTheSentences(using: &random)
            article.title = Self.title(of: editor.paragraphs)
        }
        article.paragraphs = editor.paragraphs
        return article
    }

    /// The first sentence, cut at a space to at most 100 characters.
    static func title(of paragraphs: [[String]]) -> String {
        let first = paragraphs.first?.first ?? ""
        guard first.count > 100 else { return first }
        let cut = first.prefix(100)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }

    /// Invented outlet names.
    static let outlets = [
        "Daily Ledger", "Morning Courier", "Evening Standard Post", "Harbor Gazette", "Capital Wire",
        "Northern Herald", "Southern Tribune", "Coastal Times", "Metro Bulletin", "Valley Observer",
        "Continental Review", "Global Dispatch", "Pacific Sentinel", "Atlantic Monitor", "City Chronicle",
        "National Examiner", "Rhein Kurier", "Iberia Noticias", "Vistula Wiadomosci", "Anatolia Haber",
        "Levant Report", "Lagune Giornale", "Seine Quotidien", "Volga Vestnik", "Yangtze Daily",
        "Prairie Press", "Summit Journal", "Riverside Record", "Highland Mail", "Island Voice",
    ]
}
