import ArgumentParser
import Foundation
import StorylineGrouping

/// `storyline eval clustering FILE.jsonl`: score story clustering against gold `story` labels.
struct EvalClusteringCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering",
        abstract: "Score story clustering against the gold 'story' field (BCubed and pairwise P/R/F1).")

    @Argument(help: "A JSON Lines file whose articles carry a gold 'story' label.")
    var file: String = "../shared/data/basil/articles.jsonl"
    @OptionGroup var stories: StoryOptions
    @Option(help: "Refuse inputs larger than this many megabytes.") var maxSize: Double = 64

    func run() async throws {
        let started = Date()
        let run = try await StoryClusteringRun.run(
            paths: [file], collector: .init(maximumSize: Int(maxSize * 1_048_576)), configuration: stories.configuration,
            keepTitles: false)
        for error in run.errors { StandardError.print("error: \(error)") }
        let labelled = run.items.indices.filter { run.items[$0].gold != nil }
        guard !labelled.isEmpty else { throw CommandFailure("\(file): no article has a gold 'story' field") }
        let scores = ClusteringScores(
            predicted: labelled.map { run.assignments[$0].story }, gold: labelled.map { run.items[$0].gold! })
        func row(_ name: String, _ score: ClusteringScores.Score) -> String {
            name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "P %.4f  R %.4f  F1 %.4f", score.precision, score.recall, score.f1)
        }
        print("\(scores.items) articles, \(scores.goldClusters) gold stories, \(scores.predictedClusters) predicted")
        print(row("BCubed", scores.bcubed))
        print(row("pairwise", scores.pairwise))
        print(String(format: "time: %.1f s", Date().timeIntervalSince(started)))
    }
}
