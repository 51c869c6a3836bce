import Foundation
import StorylineGrouping

/// Measures MinHash signatures and the LSH index on one core, and scores duplicate detection against
/// the corpus's gold labels.
///
/// Only the measured operation is inside each timer: reading and JSON-decoding the file, and computing
/// exact Jaccard similarities for the evaluation, happen outside. Signatures are timed per batch of
/// ``batchSize`` texts, after one untimed warm-up batch.
struct MinHashBenchmark {
    /// What was measured.
    struct Result: Sendable {
        var articles = 0
        var bytes = 0
        var signatureSeconds = 0.0
        var parameters = LSHParameters(bands: 1, rows: 1)
        var insertSeconds = 0.0
        var querySeconds = 0.0
        var candidatesFound = 0
        var duplicates = DuplicateTally(threshold: 0)
        var peakResidentBytes = 0
    }

    static let batchSize = 4096
    /// Exact shingle sets kept for the most recent articles: copies name a source among the last 4,096.
    static let exactSetWindow = 8192

    var hasher: MinHasher
    var threshold: Double
    var limit: Int?

    func run(path: String, progress: (String) -> Void) throws -> Result {
        var result = Result()
        var reader = try CorpusLineReader(path: path)
        let decoder = JSONDecoder()
        var signatures: [MinHashSignature] = []
        var labels = GoldLabels()
        var shingleSets = [[UInt64]](repeating: [], count: Self.exactSetWindow)
        var warmedUp = false
        while limit.map({ result.articles < $0 }) ?? true {
            var batch: [BenchRecord] = []
            while batch.count < Self.batchSize, limit.map({ result.articles + batch.count < $0 }) ?? true,
                let line = try reader.nextLine()
            {
                var record = try decoder.decode(BenchRecord.self, from: line)
                record.text.makeContiguousUTF8()
                batch.append(record)
            }
            if batch.isEmpty { break }
            if !warmedUp {
                for record in batch { _ = hasher.signature(of: record.text) }
                warmedUp = true
            }
            let start = DispatchTime.now().uptimeNanoseconds
            for record in batch { signatures.append(hasher.signature(of: record.text)) }
            result.signatureSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            for record in batch {
                let number = result.articles
                result.bytes += record.text.utf8.count
                let set = Self.shingleSet(of: record.text, hasher: hasher.shingles)
                shingleSets[number % Self.exactSetWindow] = set
                labels.add(record, number: number) { source in
                    guard number - source < Self.exactSetWindow else { return nil }
                    return Self.jaccard(set, shingleSets[source % Self.exactSetWindow])
                }
                result.articles += 1
            }
            if result.articles % (Self.batchSize * 25) == 0 { progress("signatures: \(result.articles)") }
        }
        result.parameters = LSHParameters.optimal(threshold: threshold, permutations: hasher.permutations)
        var index = LSHIndex(parameters: result.parameters)
        var start = DispatchTime.now().uptimeNanoseconds
        for (number, signature) in signatures.enumerated() { index.insert(number, signature: signature) }
        result.insertSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        progress("inserted: \(index.count)")
        var candidates = 0
        start = DispatchTime.now().uptimeNanoseconds
        for signature in signatures { candidates += index.candidates(for: signature).count }
        result.querySeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        result.candidatesFound = candidates
        result.duplicates = labels.score(signatures: signatures, index: index, threshold: threshold)
        result.peakResidentBytes = Self.peakResidentBytes()
        return result
    }

    /// The sorted, distinct shingle hashes of `text`.
    static func shingleSet(of text: String, hasher: ShingleHasher) -> [UInt64] {
        var set: [UInt64] = []
        hasher.forEachShingle(in: text) { set.append($0) }
        set.sort()
        var unique = 0
        for value in set where unique == 0 || set[unique - 1] != value {
            set[unique] = value
            unique += 1
        }
        set.removeLast(set.count - unique)
        return set
    }

    /// The exact Jaccard similarity of two sorted, distinct sets.
    static func jaccard(_ lhs: [UInt64], _ rhs: [UInt64]) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 1 }
        var left = 0
        var right = 0
        var shared = 0
        while left < lhs.count && right < rhs.count {
            if lhs[left] == rhs[right] {
                shared += 1
                left += 1
                right += 1
            } else if lhs[left] < rhs[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return Double(shared) / Double(lhs.count + rhs.count - shared)
    }

    /// The most memory this process has held at once, from `getrusage` (kilobytes on Linux).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return usage.ru_maxrss * 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss
        #endif
    }
}
