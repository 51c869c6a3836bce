import ArgumentParser
import Foundation
import StorylineExtract

/// `storyline extract`: read and clean articles and print them, without a store.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read and clean articles and print them (no store).",
        discussion: """
            Reads plain text, JSON Lines and HTML (also .gz), folders recursively, '-' for standard input.
            With --format jsonl prints one JSON object per article with the input 'file' it came from.
            """)

    @OptionGroup var input: InputOptions
    @Option(help: "Output format.") var format: OutputFormat = .text

    @Option(help: "Articles per batch; boilerplate an outlet repeats is found within a batch.")
    var batchSize = 1000

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
    }

    @Flag(help: "For HTML pages: list the elements weighed as the article, with their values, instead.")
    var explain = false

    @Option(help: "With --explain: show where this text sits on the page and what removal did around it.")
    var trace: [String] = []

    @Flag(help: "For HTML pages: print the parsed tree as an outline (tags with class and id, text openings), instead.")
    var tree = false

    func run() async throws {
        if explain || tree { return try explainPages() }
        let stream = ArticleStream(extractor: ArticleExtractor(collector: input.collector), batchSize: batchSize)
        var errorCount = 0
        var collected: [ArticleRecord] = []
        var first = true
        try await stream.run(paths: try input.resolvedPaths()) { batch in
            for error in batch.errors { StandardError.print("error: \(error)") }
            errorCount += batch.errors.count
            let records = batch.articles.map {
                ArticleRecord($0.article, file: $0.file, line: $0.line, extra: $0.extra)
            }
            switch format {
            case .text:
                for item in batch.articles {
                    if !first { print("") }
                    first = false
                    print(ArticleTextPrinter.detail(item.article, file: item.file))
                }
            case .json: collected += records
            case .jsonl: try JSONOutput.printLines(records)
            }
        }
        if format == .json { try JSONOutput.printDocument(collected) }
        if errorCount > 0 { throw ExitCode(1) }
    }

    private func explainPages() throws {
        let (locations, errors) = input.collector.locations(for: try input.resolvedPaths())
        for error in errors { StandardError.print("error: \(error)") }
        for location in locations {
            let raw = try input.collector.read(location)
            guard let document = HTMLDocument(bytes: Array(raw.data)) else { continue }
            print("== \(raw.name)")
            if tree {
                if let root = document.root { print(HTMLOutline.lines(of: root).joined(separator: "\n")) }
                continue
            }
            for text in trace {
                print("-- trace: \(text)")
                for line in HTMLContentExtractor().trace(text, in: document) { print("   \(line)") }
            }
            if !trace.isEmpty { continue }
            for candidate in HTMLContentExtractor().candidates(in: document) {
                let value = String(format: "%8.0f", candidate.value)
                print("\(value) prose \(candidate.prose)\(candidate.isMarked ? " marked" : "")  \(candidate.path)")
            }
        }
    }
}
