import ArgumentParser
import Foundation
import StorylineGrouping

/// `storyline bench minhash`: signature throughput, LSH rates and duplicate recall on one core.
struct BenchMinHashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhash",
        abstract: "Measure MinHash signatures and LSH on one core, and duplicate recall against gold labels.",
        discussion: """
            Signature time includes tokenisation and shingling of the UTF-8 text; it excludes reading \
            and decoding the file. LSH insert time covers inserting every signature into an empty \
            index; query time covers asking the full index for every article's candidates. Recall counts \
            labelled (copy, source) pairs found as candidates with estimated Jaccard ≥ threshold; \
            precision is the share of such pairs in one gold story.
            """
    )

    @Argument(help: "The JSON Lines corpus (see `storyline bench corpus`).")
    var path: String

    @Option(help: "The Jaccard similarity at which two articles count as duplicates.")
    var threshold: Double = 0.5

    @Option(help: "MinHash permutations (signature length).")
    var permutations: Int = 128

    @Option(help: "Words per shingle.")
    var shingleSize: Int = 5

    @Option(help: "Read only the first N articles.")
    var limit: Int?

    @Flag(help: "Print one JSON object per measurement instead of a table.")
    var json = false

    func validate() throws {
        do {
            try MinHasher.validate(permutations: permutations, shingleSize: shingleSize)
            try LSHParameters.validate(threshold: threshold, permutations: permutations)
        } catch {
            throw ValidationError(error.message)
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        let benchmark = MinHashBenchmark(
            hasher: MinHasher(permutations: permutations, shingleSize: shingleSize), threshold: threshold,
            limit: limit)
        let result = try benchmark.run(path: path) { if !json { StandardError.print($0) } }
        guard result.articles > 0 else { throw CommandFailure("\(path) has no articles") }
        let report = MinHashBenchReport(result: result, permutations: permutations, shingleSize: shingleSize)
        if json {
            for line in try report.jsonLines() { print(line) }
        } else {
            print(report.table())
        }
    }
}
