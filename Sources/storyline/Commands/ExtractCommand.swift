import ArgumentParser
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

    func run() async throws {
        let extractor = ArticleExtractor(collector: input.collector)
        let result = await ParallelExtraction(extractor: extractor).extractAll(paths: try input.resolvedPaths())
        for error in result.errors { StandardError.print("error: \(error)") }
        let items = result.articles
        switch format {
        case .text:
            print(items.map { ArticleTextPrinter.detail($0.article, file: $0.file) }.joined(separator: "\n\n"))
        case .json:
            try JSONOutput.printDocument(items.map { ArticleRecord($0.article, file: $0.file, line: $0.line, extra: $0.extra) })
        case .jsonl:
            try JSONOutput.printLines(items.map { ArticleRecord($0.article, file: $0.file, line: $0.line, extra: $0.extra) })
        }
        if !result.errors.isEmpty { throw ExitCode(1) }
    }
}
