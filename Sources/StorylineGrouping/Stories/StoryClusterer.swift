import StorylineCore
/// Groups articles about the same real-world event into stories, online, in time order.
///
/// Each article is compared with the stories active around its time (those with an article within
/// the time window), found through an inverted index on its highest-weighted terms. Its score for a
/// story is the average cosine similarity of TF-IDF vectors (names, numbers, title and lead weighted
/// up) between the article and the story's articles; it joins the best story at or above the join
/// threshold, or starts a new one. A story that the new article brings close to another (centroid
/// cosine at or above the merge threshold) is merged with it, unless a manual fix keeps them apart.
/// Stories whose last article is older than the window leave the index, so memory stays bounded.
///
/// ```swift
/// var clusterer = StoryClusterer(frequencies: frequencies)
/// for article in articlesInTimeOrder { let assignment = clusterer.add(article) }
/// ```
public struct StoryClusterer: Sendable {
    /// One article to place.
    public struct Article: Sendable {
        public var id: String
        public var terms: ArticleTerms
        /// Seconds since the epoch; nil when undated (then only content decides).
        public var time: Int?
        public init(id: String, terms: ArticleTerms, time: Int?) {
            self.id = id
            self.terms = terms
            self.time = time
        }
    }

    public let configuration: StoryConfiguration
    public var frequencies: DocumentFrequencies
    /// Pairs of story ids that a manual split keeps apart.
    public var keptApart: Set<[String]> = []
    /// Merges made so far, in order; callers move the absorbed story's articles.
    public private(set) var merges: [StoryMerge] = []

    private var stories: [ActiveStory] = []
    private var slotByStory: [String: Int] = [:]
    /// Slots of the stories with an article that has the term among its top terms. A `TermTable`:
    /// term keys are hashes already, and indexing looks up 24 terms per article.
    private var postings = TermTable<[Int32]>(zero: [])
    /// Scratch for ``candidateSlots(topTerms:)``: shared top terms per slot, all zero between calls.
    private var sharedCounts: [Int32] = []
    private var newestTime: Int?
    private var lastSweep = Int.min / 2
    private var deadSlots = 0

    public init(configuration: StoryConfiguration = StoryConfiguration(), frequencies: DocumentFrequencies) {
        precondition(configuration.problems().isEmpty, configuration.problems().joined(separator: "; "))
        self.configuration = configuration
        self.frequencies = frequencies
    }

    /// Whether story `id` is in the active index.
    public func contains(story id: String) -> Bool { slotByStory[id] != nil }

    /// How many stories are in the active index.
    public var activeStoryCount: Int { stories.count - deadSlots }

    /// Puts an existing story (e.g. loaded from the store) back into the active index.
    public mutating func restore(story id: String, articles: [Article]) {
        guard let first = articles.first else { return }
        var story = ActiveStory(id: id, first: member(first), time: first.time)
        for article in articles.dropFirst() {
            let vector = frequencies.vector(article.terms)
            story.add(member(article, vector: vector), time: article.time, dot: story.dot(vector))
        }
        insert(story)
    }

    /// Places `article`: joins the best active story or starts a new one.
    ///
    /// - Parameter withEvidence: also find the closest article already in the story and what the two
    ///   share (costs a comparison with every article of the story).
    public mutating func add(_ article: Article, withEvidence: Bool = true) -> StoryAssignment {
        add(article, prepared: prepare(article.terms), withEvidence: withEvidence)
    }

    /// What placing an article needs that depends on nothing but its terms and the frequencies, so
    /// callers may compute it ahead, on other cores (see ``CollectionClusterer``).
    struct Prepared: Sendable {
        var vector: TermVector
        var topTerms: [UInt32]
        var names: Set<UInt32>
    }

    /// The TF-IDF vector, top terms and names of an article with `terms`.
    func prepare(_ terms: ArticleTerms) -> Prepared {
        let vector = frequencies.vector(terms)
        return Prepared(vector: vector, topTerms: topTerms(of: vector), names: terms.names)
    }

    /// ``add(_:withEvidence:)`` with the article's ``Prepared`` part computed already.
    mutating func add(_ article: Article, prepared: Prepared, withEvidence: Bool) -> StoryAssignment {
        if let time = article.time { advance(to: time) }
        let vector = prepared.vector
        let top = prepared.topTerms
        var best: (slot: Int, score: Float, dot: Float)?
        var alsoClose: [Int] = []
        for slot in candidateSlots(topTerms: top) where stories[slot].accepts(time: article.time, window: configuration.windowSeconds) {
            let dot = stories[slot].dot(vector)
            let score = dot / Float(stories[slot].members.count)
            if Double(score) >= configuration.joinThreshold { alsoClose.append(slot) }
            if score > (best?.score ?? 0) { best = (slot, score, dot) }
        }
        let newMember = ActiveStory.Member(
            id: article.id, vector: vector, names: prepared.names, display: article.terms.display, topTerms: top)
        guard let best, Double(best.score) >= configuration.joinThreshold else {
            let id = Self.storyID(firstArticle: article.id)
            insert(ActiveStory(id: id, first: newMember, time: article.time))
            return StoryAssignment(article: article.id, story: id, evidence: nil)
        }
        let evidence = withEvidence ? self.evidence(for: newMember, in: stories[best.slot], score: best.score) : nil
        stories[best.slot].add(newMember, time: article.time, dot: best.dot)
        index(top, slot: best.slot)
        let story = stories[best.slot].id
        // Stories the article is close to as well may now have converged with the one it joined.
        mergeConverging(into: best.slot, candidates: alsoClose.filter { $0 != best.slot })
        return StoryAssignment(article: article.id, story: story, evidence: evidence)
    }

    /// The id of a story started by `firstArticle`: stable across runs on the same data.
    public static func storyID(firstArticle: String) -> String {
        let digits = String(ShingleHasher.mix(ArticleIdentity.fnv1a64(firstArticle)) >> 16, radix: 16)
        return "s" + String(repeating: "0", count: 12 - digits.count) + digits
    }

    // MARK: - Index

    private func member(_ article: Article, vector: TermVector? = nil) -> ActiveStory.Member {
        let vector = vector ?? frequencies.vector(article.terms)
        return ActiveStory.Member(
            id: article.id, vector: vector, names: article.terms.names, display: article.terms.display,
            topTerms: topTerms(of: vector))
    }

    private mutating func insert(_ story: ActiveStory) {
        let slot = stories.count
        stories.append(story)
        slotByStory[story.id] = slot
        for member in story.members { index(member.topTerms, slot: slot) }
    }

    /// Adds an article's most telling terms (its ``topTerms(of:)``) to the postings of `slot`.
    private mutating func index(_ topTerms: [UInt32], slot: Int) {
        for term in topTerms {
            // Appended in place: copying the list out and back would cost its length every time.
            postings.update(term) { slots in
                if slots.last != Int32(slot) { slots.append(Int32(slot)) }
            }
        }
    }

    /// The article's `candidateTerms` highest-weighted terms (a few more on ties).
    private func topTerms(of vector: TermVector) -> [UInt32] {
        let count = configuration.candidateTerms
        guard vector.terms.count > count else { return vector.terms }
        let cutoff = Self.largest(count, of: vector.weights)
        return vector.terms.indices.filter { vector.weights[$0] >= cutoff }.map { vector.terms[$0] }
    }

    /// The `k`-th largest of `values` by quickselect: O(n) on average, where sorting would be O(n log n).
    static func largest(_ k: Int, of values: [Float]) -> Float {
        var items = values
        var low = 0
        var high = items.count - 1
        let target = k - 1
        while low < high {
            let pivot = items[(low + high) / 2]
            var i = low
            var j = high
            while i <= j {
                while items[i] > pivot { i += 1 }
                while items[j] < pivot { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j {
                high = j
            } else if target >= i {
                low = i
            } else {
                return items[target]
            }
        }
        return items[target]
    }

    /// Active stories that share top terms with the article: at most `maxCandidates`, those sharing
    /// the most first (a story sharing one of 24 telling terms rarely reaches the join threshold).
    private mutating func candidateSlots(topTerms: [UInt32]) -> [Int] {
        // Counted in an array by slot rather than a dictionary: with many active stories the
        // postings are long, and this runs for every article on one core.
        if sharedCounts.count < stories.count {
            sharedCounts.append(contentsOf: repeatElement(0, count: stories.count - sharedCounts.count))
        }
        var touched: [Int32] = []
        for term in topTerms {
            let slots = postings[term]
            for slot in slots where stories[Int(slot)].alive {
                if sharedCounts[Int(slot)] == 0 { touched.append(slot) }
                sharedCounts[Int(slot)] += 1
            }
        }
        defer { for slot in touched { sharedCounts[Int(slot)] = 0 } }
        // In slot order (story creation order), so that ties are broken the same way on every run.
        guard touched.count > configuration.maxCandidates else { return touched.sorted().map { Int($0) } }
        return touched.map { (slot: $0, shared: sharedCounts[Int($0)]) }
            .sorted { ($0.shared, $1.slot) > ($1.shared, $0.slot) }
            .prefix(configuration.maxCandidates).map { Int($0.slot) }
    }

    /// Retires stories whose newest article is older than the window before `time`.
    private mutating func advance(to time: Int) {
        guard time > (newestTime ?? Int.min) else { return }
        newestTime = time
        // Sweep for expired stories once per 1/24 of the window: it touches every story, and the
        // window itself is enforced exactly by `accepts` when scoring.
        guard time >= lastSweep + configuration.windowSeconds / 24 else { return }
        lastSweep = time
        let horizon = time - configuration.windowSeconds
        for slot in stories.indices where stories[slot].alive {
            if let last = stories[slot].last, last < horizon { retire(slot) }
        }
        if deadSlots > 64 && deadSlots * 2 > stories.count { compact() }
    }

    private mutating func retire(_ slot: Int) {
        stories[slot].alive = false
        stories[slot].members = []
        stories[slot].centroid = TermTable(zero: 0)
        slotByStory[stories[slot].id] = nil
        deadSlots += 1
    }

    /// Drops retired stories and rebuilds the postings, so memory follows the active stories only.
    private mutating func compact() {
        let live = stories.filter(\.alive)
        stories = []
        slotByStory = [:]
        postings = TermTable(zero: [])
        deadSlots = 0
        for story in live { insert(story) }
    }

    // MARK: - Merging and evidence

    private mutating func mergeConverging(into slot: Int, candidates: [Int]) {
        for other in candidates where stories[other].alive && stories[slot].alive {
            let pair = [stories[slot].id, stories[other].id].sorted()
            guard !keptApart.contains(pair) else { continue }
            guard stories[other].accepts(time: stories[slot].last, window: configuration.windowSeconds) else { continue }
            let similarity = stories[slot].centroidSimilarity(stories[other])
            guard Double(similarity) >= configuration.mergeThreshold else { continue }
            // The older story keeps its id.
            let (kept, absorbed) = (stories[slot].first ?? .max) <= (stories[other].first ?? .max) ? (slot, other) : (other, slot)
            stories[kept].absorb(stories[absorbed])
            for member in stories[absorbed].members { index(member.topTerms, slot: kept) }
            merges.append(StoryMerge(kept: stories[kept].id, absorbed: stories[absorbed].id, similarity: Double(similarity)))
            retire(absorbed)
            if absorbed == slot { return }
        }
    }

    private func evidence(for article: ActiveStory.Member, in story: ActiveStory, score: Float) -> JoinEvidence {
        var closest = story.members[0]
        var closestSimilarity: Float = -1
        for candidate in story.members {
            let similarity = candidate.vector.dot(article.vector)
            if similarity > closestSimilarity {
                closest = candidate
                closestSimilarity = similarity
            }
        }
        let shared = article.vector.sharedTerms(with: closest.vector)
        let names = shared.filter { article.names.contains($0.term) }.prefix(8).compactMap { article.display?[$0.term] }
        let terms = shared.filter { !article.names.contains($0.term) }.prefix(8).compactMap { article.display?[$0.term] }
        return JoinEvidence(
            closestArticle: closest.id, similarityToClosest: Double(closestSimilarity), score: Double(score),
            sharedNames: names, sharedTerms: terms)
    }
}
