import ArgumentParser

/// `storyline bench …`: throughput measurements on a synthetic corpus made of real texts.
///
/// Not a timed test: run it on a quiet machine with a release build (`swift build -c release`).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on a synthetic corpus made of real texts.",
        discussion: """
            storyline bench corpus --count 100000 --out /tmp/corpus.jsonl
            storyline bench minhash /tmp/corpus.jsonl
            storyline bench extraction ../shared/data/wcxb-dev ../shared/data/trafilatura-eval
            scripts/bench-peers.sh compares with datasketch and rensa; scripts/bench-clustering.sh \
            times `storyline cluster` at 10k, 100k and 1M articles.
            """,
        subcommands: [
            BenchCorpusCommand.self, BenchMinHashCommand.self, BenchAnalysisCommand.self, BenchExtractionCommand.self,
        ]
    )
}
