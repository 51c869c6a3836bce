import Foundation
import StorylineGrouping
import Testing

@Suite("LSH index and parameters")
struct LSHTests {
    /// Signatures of word-set pairs with a known Jaccard similarity (1-word shingles).
    func signaturePairs(similarityFrom low: Double, to high: Double, count: Int, seed: UInt64)
        -> [(MinHashSignature, MinHashSignature, Double)]
    {
        let hasher = MinHasher(permutations: 128, shingleSize: 1)
        var random = TestTexts(seed: seed)
        return (0..<count).map { index in
            let size = 300
            let target = low + (high - low) * Double(index) / Double(max(1, count - 1))
            // J = s / (2n − s)  ⇔  s = 2nJ / (1 + J)
            let shared = Int((2 * Double(size) * target / (1 + target)).rounded())
            let (left, right, exact) = random.wordSetPair(size: size, shared: min(shared, size))
            return (hasher.signature(of: left), hasher.signature(of: right), exact)
        }
    }

    @Test("pairs well above the threshold are found", arguments: [0.5, 0.7, 0.8])
    func recall(threshold: Double) {
        let parameters = LSHParameters.optimal(threshold: threshold, permutations: 128)
        let pairs = signaturePairs(similarityFrom: min(threshold + 0.1, 0.99), to: 1, count: 200, seed: 1)
        var index = LSHIndex(parameters: parameters)
        for (number, pair) in pairs.enumerated() { index.insert(number, signature: pair.0) }
        var found = 0
        for (number, pair) in pairs.enumerated() where index.candidates(for: pair.1).contains(number) { found += 1 }
        #expect(Double(found) / Double(pairs.count) >= 0.95)
    }

    @Test("pairs far below the threshold are rarely candidates", arguments: [0.5, 0.7, 0.8])
    func falsePositives(threshold: Double) {
        let parameters = LSHParameters.optimal(threshold: threshold, permutations: 128)
        let pairs = signaturePairs(similarityFrom: 0, to: threshold - 0.3, count: 200, seed: 2)
        var index = LSHIndex(parameters: parameters)
        for (number, pair) in pairs.enumerated() { index.insert(number, signature: pair.0) }
        var found = 0
        for (number, pair) in pairs.enumerated() where index.candidates(for: pair.1).contains(number) { found += 1 }
        #expect(Double(found) / Double(pairs.count) <= 0.05)
    }

    @Test("candidates include the item itself, each item once, and nothing unrelated")
    func candidates() {
        let hasher = MinHasher()
        let texts = [
            "NATO chief Mark Rutte visited the new command in Wiesbaden on Monday to meet troops",
            "The central bank kept interest rates unchanged for the third month in a row on Thursday",
        ]
        var index = LSHIndex(parameters: LSHParameters(bands: 16, rows: 8))
        for (number, text) in texts.enumerated() { index.insert(number, signature: hasher.signature(of: text)) }
        index.insert(2, signature: hasher.signature(of: texts[0]))
        #expect(index.count == 3)
        #expect(Set(index.candidates(for: hasher.signature(of: texts[0]))) == [0, 2])
        #expect(index.candidates(for: hasher.signature(of: texts[1])) == [1])
    }

    @Test(
        "optimal parameters fit the signature and put the S-curve's steep part at the threshold",
        arguments: [0.3, 0.5, 0.7, 0.9])
    func optimalParameters(threshold: Double) {
        let parameters = LSHParameters.optimal(threshold: threshold, permutations: 128)
        #expect(parameters.bands * parameters.rows <= 128)
        #expect(parameters.candidateProbability(similarity: threshold - 0.2) < 0.5)
        #expect(parameters.candidateProbability(similarity: min(threshold + 0.1, 1)) > 0.5)
        // The curve's midpoint (1/b)^(1/r) lies near the threshold.
        let midpoint = pow(1 / Double(parameters.bands), 1 / Double(parameters.rows))
        #expect(abs(midpoint - threshold) < 0.15)
    }

    @Test("higher thresholds use more rows per band")
    func rowsGrowWithThreshold() {
        let rows = [0.3, 0.5, 0.7, 0.9].map { LSHParameters.optimal(threshold: $0, permutations: 128).rows }
        #expect(rows == rows.sorted())
        #expect(rows.first! < rows.last!)
    }

    @Test("the candidate probability rises from 0 to 1")
    func candidateProbability() {
        let parameters = LSHParameters(bands: 20, rows: 5)
        #expect(parameters.candidateProbability(similarity: 0) == 0)
        #expect(parameters.candidateProbability(similarity: 1) == 1)
        let curve = stride(from: 0.0, through: 1.0, by: 0.05).map { parameters.candidateProbability(similarity: $0) }
        #expect(curve == curve.sorted())
    }

    @Test("bad LSH settings are refused with a typed error", arguments: [(0, 5), (5, 0), (-1, -1)])
    func invalidBandsAndRows(bands: Int, rows: Int) {
        #expect(throws: FingerprintError.self) { try LSHParameters.validate(bands: bands, rows: rows) }
    }

    @Test("thresholds outside (0, 1) are refused", arguments: [0.0, 1.0, -0.5, 1.5, .nan])
    func invalidThresholds(threshold: Double) {
        do {
            try LSHParameters.validate(threshold: threshold, permutations: 128)
            Issue.record("accepted \(threshold)")
        } catch {
            #expect(error.code == .threshold)
        }
    }

    @Test("good LSH settings pass")
    func validSettings() throws {
        try LSHParameters.validate(bands: 25, rows: 5)
        try LSHParameters.validate(threshold: 0.5, permutations: 128)
    }
}
