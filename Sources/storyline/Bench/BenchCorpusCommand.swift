import ArgumentParser
import Foundation

/// `storyline bench corpus`: writes a synthetic JSON Lines corpus with known duplicates.
struct BenchCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write a synthetic JSON Lines corpus of recombined real sentences with known duplicates.",
        discussion: """
            Every line is an article (id, url, title, outlet, published, language, text) plus its gold \
            `story`, `variant` (original, exact, near, heavy) and, for copies, `dup_of`: the id of the \
            article it was copied from. The same seed gives the same file.
            """
    )

    @Option(help: "How many articles to write.")
    var count: Int = 100_000

    @Option(help: "The output file ('-' for standard output).")
    var out: String = "-"

    @Option(help: "The generator seed.")
    var seed: UInt64 = 1

    @Option(help: "Exact copies per 100 articles.")
    var exact: Int = 5

    @Option(help: "Near copies (light edits) per 100 articles.")
    var near: Int = 10

    @Option(help: "Heavy rewrites (half the sentences replaced) per 100 articles.")
    var heavy: Int = 5

    @Option(help: "BASIL articles (JSON Lines) to take sentences from.")
    var basil: String = "../shared/data/basil/articles.jsonl"

    @Option(help: "SemEval-2022 Task 8 pairs (CSV) to take sentences from.")
    var semeval: String = "../shared/data/semeval2022-task8/pairs.csv"

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative") }
        guard exact >= 0, near >= 0, heavy >= 0, exact + near + heavy <= 100 else {
            throw ValidationError("--exact, --near and --heavy must be non-negative and add up to at most 100")
        }
    }

    func run() throws {
        let sources = try SourceTexts.load(basilPath: basil, semevalPath: semeval)
        guard !sources.pools.isEmpty else { throw CommandFailure("no sentences found in \(basil) or \(semeval)") }
        let handle: FileHandle
        if out == "-" {
            handle = FileHandle.standardOutput
        } else {
            guard FileManager.default.createFile(atPath: out, contents: nil),
                let file = FileHandle(forWritingAtPath: out)
            else { throw CommandFailure("cannot write \(out)") }
            handle = file
        }
        var corpus = SyntheticCorpus(
            sources: sources, seed: seed, rates: SyntheticCorpus.Rates(exact: exact, near: near, heavy: heavy))
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 22)
        var bytes = 0
        for _ in 0..<count {
            buffer.append(contentsOf: corpus.next().jsonLine().utf8)
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 22 {
                try handle.write(contentsOf: buffer)
                bytes += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        bytes += buffer.count
        if out != "-" { try handle.close() }
        let languages = sources.pools.map { "\($0.language) \($0.sentences.count)" }.joined(separator: ", ")
        StandardError.print("wrote \(count) articles (\(bytes / 1_000_000) MB); sentences per language: \(languages)")
    }
}
