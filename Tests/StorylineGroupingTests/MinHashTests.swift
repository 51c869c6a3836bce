import StorylineGrouping
import Testing

@Suite("MinHash signatures")
struct MinHashTests {
    @Test("estimates are close to the exact Jaccard similarity", arguments: [64, 200, 1000])
    func estimatesMatchExactJaccard(size: Int) {
        let hasher = MinHasher(permutations: 128, shingleSize: 1)
        var random = TestTexts(seed: UInt64(size))
        var totalError = 0.0
        var pairs = 0
        for step in 0...20 {
            for _ in 0..<10 {
                let shared = size * step / 20
                let (left, right, exact) = random.wordSetPair(size: size, shared: shared)
                let estimate = hasher.signature(of: left).estimatedJaccard(with: hasher.signature(of: right))
                totalError += abs(estimate - exact)
                pairs += 1
            }
        }
        #expect(totalError / Double(pairs) < 0.05)
    }

    @Test("estimates are unbiased: the mean estimate at a known similarity is within 0.02")
    func unbiased() {
        let hasher = MinHasher(permutations: 128, shingleSize: 1)
        var random = TestTexts(seed: 7)
        for shared in [100, 200, 300] {
            var sum = 0.0
            var exact = 0.0
            for _ in 0..<100 {
                let (left, right, jaccard) = random.wordSetPair(size: 400, shared: shared)
                sum += hasher.signature(of: left).estimatedJaccard(with: hasher.signature(of: right))
                exact = jaccard
            }
            #expect(abs(sum / 100 - exact) < 0.02, "shared \(shared)")
        }
    }

    @Test("identical texts agree everywhere; texts without common shingles almost nowhere")
    func extremes() {
        let hasher = MinHasher()
        let text = "The quick brown fox jumps over the lazy dog near the river bank today."
        #expect(hasher.signature(of: text) == hasher.signature(of: text.uppercased()))
        #expect(hasher.signature(of: text).estimatedJaccard(with: hasher.signature(of: text)) == 1)
        var random = TestTexts(seed: 3)
        let (left, right, _) = random.wordSetPair(size: 500, shared: 0)
        let unrelated = MinHasher(shingleSize: 1)
        #expect(unrelated.signature(of: left).estimatedJaccard(with: unrelated.signature(of: right)) < 0.05)
    }

    @Test("signatures have one value per permutation; a text without words is all zeros", arguments: [1, 16, 128, 256])
    func lengths(permutations: Int) {
        let hasher = MinHasher(permutations: permutations)
        #expect(hasher.signature(of: "a few words of text to hash here").values.count == permutations)
        #expect(hasher.signature(of: " … ").values == [UInt32](repeating: 0, count: permutations))
    }

    @Test("densification fills every bin of a short text from its own values")
    func densification() {
        let signature = MinHasher(permutations: 128, shingleSize: 1).signature(of: "one two three")
        #expect(Set(signature.values).count <= 3)
        #expect(!signature.values.contains(0))
    }

    @Test("the seed chooses the hash family")
    func seeds() {
        let text = "Storyline turns news articles from many outlets into stories."
        #expect(MinHasher(seed: 1).signature(of: text) != MinHasher(seed: 2).signature(of: text))
        #expect(MinHasher(seed: 2).signature(of: text) == MinHasher(seed: 2).signature(of: text))
    }

    @Test("signatures equal those of the original implementation, so stored signatures stay valid")
    func matchesReference() {
        var random = TestTexts(seed: 11)
        for (permutations, shingleSize) in [(128, 5), (64, 3), (200, 1)] {
            let fast = MinHasher(permutations: permutations, shingleSize: shingleSize, seed: 5)
            let reference = ReferenceMinHasher(permutations: permutations, shingleSize: shingleSize, seed: 5)
            for round in 0..<100 {
                let text = random.mixedText(pieces: round * 4)
                #expect(fast.signature(of: text).values == reference.signature(of: text))
            }
        }
    }

    @Test("UTF-8 bytes and strings give the same signature")
    func utf8Entry() {
        let hasher = MinHasher()
        let text = "Rutte said NATO’s support for Ukraine would continue — “as long as it takes”."
        let fromBytes = Array(text.utf8).withUnsafeBufferPointer { hasher.signature(ofUTF8: $0) }
        #expect(fromBytes == hasher.signature(of: text))
    }

    @Test("bad settings are refused with a typed error", arguments: [(0, 5), (4097, 5), (-3, 5), (128, 0), (128, 65)])
    func invalidSettings(permutations: Int, shingleSize: Int) {
        #expect(throws: FingerprintError.self) {
            try MinHasher.validate(permutations: permutations, shingleSize: shingleSize)
        }
        do {
            try MinHasher.validate(permutations: permutations, shingleSize: shingleSize)
        } catch {
            let expected: FingerprintError.Code =
                MinHasher.permutationRange.contains(permutations) ? .shingleSize : .permutations
            #expect(error.code == expected)
        }
    }

    @Test("good settings pass", arguments: [(1, 1), (128, 5), (4096, 64)])
    func validSettings(permutations: Int, shingleSize: Int) throws {
        try MinHasher.validate(permutations: permutations, shingleSize: shingleSize)
    }
}
