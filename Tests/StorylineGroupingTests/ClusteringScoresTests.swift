import Testing

@testable import StorylineGrouping

struct ClusteringScoresTests {
    @Test func perfectClusteringScoresOne() {
        let scores = ClusteringScores(predicted: ["x", "x", "y"], gold: ["a", "a", "b"])
        #expect(scores.bcubed.f1 == 1)
        #expect(scores.pairwise.f1 == 1)
    }

    @Test func bcubedAndPairwiseOnAWorkedExample() {
        // Gold {1,2,3} {4}; predicted {1,2} {3,4}.
        let scores = ClusteringScores(predicted: ["p", "p", "q", "q"], gold: ["a", "a", "a", "b"])
        // Precision per item: 1, 1, 1/2, 1/2 → 0.75. Recall: 2/3, 2/3, 1/3, 1 → 2/3.
        #expect(abs(scores.bcubed.precision - 0.75) < 1e-12)
        #expect(abs(scores.bcubed.recall - 2.0 / 3.0) < 1e-12)
        // Pairs together: (1,2) right, (3,4) wrong → P 1/2; gold pairs (1,2) (1,3) (2,3) → R 1/3.
        #expect(abs(scores.pairwise.precision - 0.5) < 1e-12)
        #expect(abs(scores.pairwise.recall - 1.0 / 3.0) < 1e-12)
        #expect(scores.goldClusters == 2 && scores.predictedClusters == 2)
    }

    @Test func allSingletonsHavePerfectPrecision() {
        let scores = ClusteringScores(predicted: ["1", "2", "3"], gold: ["a", "a", "b"])
        #expect(scores.bcubed.precision == 1)
        #expect(abs(scores.bcubed.recall - (0.5 + 0.5 + 1) / 3) < 1e-12)
    }
}
