/// Groups the quotes of several articles into statements and their wordings.
///
/// Two quotes are the same statement when their speakers are compatible (the same person by
/// surname, or one of them unknown) and they share content words: at least half of the smaller
/// quote's content stems (containment, so a source quoting only part of a longer quote still
/// joins), and at least three of them (two for very short quotes); and they share some wording: a
/// third of the smaller quote's word pairs. Each quote joins the group it
/// overlaps best; longer quotes are placed first so they seed the groups.
///
/// Within a group, quotes with the same words (case, apostrophes and quote marks aside) form one
/// ``QuoteVariant``; the variant quoted by most articles is the main one, every other is diffed
/// against it word by word, and flagged as a paraphrase when under half of it is the main
/// wording's exact words (runs of two or more words).
///
/// ```swift
/// let groups = QuoteGrouper().groups(articles.flatMap { article in
///     QuoteExtractor().quotes(in: article.text).map { SourcedQuote(article: article.id, quote: $0) }
/// })
/// ```
public struct QuoteGrouper: Sendable, Hashable {
    /// Minimum share of the smaller quote's content stems found in the other quote.
    public var minimumContainment: Double
    /// Below this share of exact wording a variant is a paraphrase.
    public var paraphraseThreshold: Double
    /// Minimum share of the smaller quote's consecutive word pairs found in the other quote.
    public var minimumSharedWording: Double = 0.3

    /// Creates a grouper.
    public init(minimumContainment: Double = 0.5, paraphraseThreshold: Double = 0.5) {
        self.minimumContainment = minimumContainment
        self.paraphraseThreshold = paraphraseThreshold
    }

    /// The statements quoted in `quotes`, in order of first appearance. Complexity: O(q²) overlap
    /// tests plus a word diff per variant.
    public func groups(_ quotes: [SourcedQuote]) -> [QuoteGroup] {
        let speakers = SpeakerUnifier(names: quotes.compactMap(\.quote.speaker))
        let wordings = quotes.map { QuoteWording($0.quote.text) }
        let unified = quotes.map { $0.quote.speaker.map(speakers.canonical) }
        var members: [[Int]] = []
        var distinctMembers: [[Int]] = []
        var groupSpeakers: [String?] = []
        // Quotes with the same words and speaker (copies of one wire story) are placed once, together.
        struct Key: Hashable {
            var words: [String]
            var speaker: String?
        }
        var copiesOf: [Int: [Int]] = [:]
        var firstOfKey: [Key: Int] = [:]
        for index in quotes.indices {
            let key = Key(words: wordings[index].words, speaker: unified[index])
            if let first = firstOfKey[key] {
                copiesOf[first, default: []].append(index)
            } else {
                firstOfKey[key] = index
            }
        }
        let order = firstOfKey.values.sorted { (wordings[$0].stems.count, -$0) > (wordings[$1].stems.count, -$1) }
        for index in order {
            var best: (group: Int, score: Double)?
            for (group, list) in distinctMembers.enumerated() {
                if let speaker = unified[index], let other = groupSpeakers[group], speaker != other { continue }
                for member in list {
                    let (shared, ratio) = wordings[index].containment(with: wordings[member])
                    let smaller = min(wordings[index].stems.count, wordings[member].stems.count)
                    // Shared stems show a shared topic; the same statement also shares some wording
                    // (two quotes of one speaker on one subject otherwise merge).
                    guard ratio >= minimumContainment,
                        wordings[index].bigramContainment(with: wordings[member]) >= minimumSharedWording,
                        shared >= min(3, max(2, smaller)) || shared == smaller && smaller > 0
                    else { continue }
                    if best == nil || ratio > best!.score { best = (group, ratio) }
                }
            }
            let placed = [index] + (copiesOf[index] ?? [])
            if let best {
                members[best.group] += placed
                distinctMembers[best.group].append(index)
                if groupSpeakers[best.group] == nil { groupSpeakers[best.group] = unified[index] }
            } else {
                members.append(placed)
                distinctMembers.append([index])
                groupSpeakers.append(unified[index])
            }
        }
        let groups = zip(members, groupSpeakers).map { list, speaker in
            makeGroup(list.sorted(), speaker: speaker, quotes: quotes, wordings: wordings)
        }
        return groups.indices.sorted { members[$0].min()! < members[$1].min()! }.map { groups[$0] }
    }

    private func makeGroup(_ list: [Int], speaker: String?, quotes: [SourcedQuote], wordings: [QuoteWording])
        -> QuoteGroup
    {
        var keys: [[String]] = []
        var byKey: [[String]: [Int]] = [:]
        for index in list {
            let key = wordings[index].words
            if byKey[key] == nil { keys.append(key) }
            byKey[key, default: []].append(index)
        }
        func articles(_ indices: [Int]) -> [String] {
            var seen: Set<String> = []
            return indices.map { quotes[$0].article }.filter { seen.insert($0).inserted }
        }
        let main = keys.indices.max { a, b in
            let left = byKey[keys[a]]!
            let right = byKey[keys[b]]!
            // Most articles, then most mentions, then the fuller wording, then the earliest.
            return (articles(left).count, left.count, keys[a].count, -a) < (
                articles(right).count, right.count, keys[b].count, -b
            )
        }!
        let mainWording = wordings[byKey[keys[main]]![0]]
        let variants = keys.map { key -> QuoteVariant in
            let indices = byKey[key]!
            let wording = wordings[indices[0]]
            let diff = WordDiff.operations(from: mainWording.words, to: wording.words)
            // Nearly all of its word pairs inside the main wording: a part of it, however the diff aligns.
            let isPart = wording.bigramContainment(with: mainWording) >= 0.8 && wording.bigrams.count <= mainWording.bigrams.count
            let isParaphrase =
                key != keys[main] && !isPart && wording.verbatimShare(of: mainWording, diff: diff) < paraphraseThreshold
            return QuoteVariant(
                text: quotes[indices[0]].quote.text, articles: articles(indices), mentions: indices.map { quotes[$0] },
                diff: diff, isParaphrase: isParaphrase)
        }
        return QuoteGroup(speaker: speaker, variants: variants, mainVariantIndex: main)
    }
}
