/// A story in the active index: its articles' vectors and the running sum of them.
struct ActiveStory: Sendable {
    var id: String
    var members: [Member]
    /// Sum of the members' unit vectors: the average cosine of v with the members is v·centroid / n.
    var centroid: TermTable<Float>
    /// |centroid|², kept up to date as members join.
    var centroidNormSquared: Float
    var first: Int?
    var last: Int?
    var alive = true

    struct Member: Sendable {
        var id: String
        var vector: TermVector
        var names: Set<UInt32>
        var display: [UInt32: String]?
        /// The vector's terms that index the story (see `StoryClusterer`): kept, so that re-indexing
        /// after a merge or compaction does not select them again.
        var topTerms: [UInt32]
    }

    init(id: String, first member: Member, time: Int?) {
        self.id = id
        members = [member]
        centroid = TermTable(zero: 0, capacity: member.vector.terms.count)
        for index in member.vector.terms.indices { centroid.set(member.vector.terms[index], member.vector.weights[index]) }
        centroidNormSquared = 1
        first = time
        last = time
    }

    /// v·centroid for a unit vector v.
    func dot(_ vector: TermVector) -> Float {
        centroid.dot(terms: vector.terms, weights: vector.weights)
    }

    mutating func add(_ member: Member, time: Int?, dot: Float) {
        members.append(member)
        centroidNormSquared += 2 * dot + 1
        for index in member.vector.terms.indices {
            let weight = member.vector.weights[index]
            centroid.update(member.vector.terms[index]) { $0 += weight }
        }
        extend(to: time)
    }

    mutating func absorb(_ other: ActiveStory) {
        var crossDot: Float = 0
        other.centroid.forEach { term, weight in crossDot += weight * centroid[term] }
        centroidNormSquared += 2 * crossDot + other.centroidNormSquared
        other.centroid.forEach { term, weight in centroid.update(term) { $0 += weight } }
        members += other.members
        extend(to: other.first)
        extend(to: other.last)
    }

    /// Cosine similarity of the two centroids.
    func centroidSimilarity(_ other: ActiveStory) -> Float {
        let (small, large) = centroid.count < other.centroid.count ? (self, other) : (other, self)
        var sum: Float = 0
        small.centroid.forEach { term, weight in sum += weight * large.centroid[term] }
        let norms = (centroidNormSquared * other.centroidNormSquared).squareRoot()
        return norms > 0 ? sum / norms : 0
    }

    /// Whether an article at `time` is within `window` seconds of the story's time span.
    func accepts(time: Int?, window: Int) -> Bool {
        guard let time, let first, let last else { return true }
        return time <= last + window && time >= first - window
    }

    private mutating func extend(to time: Int?) {
        guard let time else { return }
        first = min(first ?? time, time)
        last = max(last ?? time, time)
    }
}
