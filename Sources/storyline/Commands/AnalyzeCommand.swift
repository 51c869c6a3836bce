import ArgumentParser
import StorylineAnalysis
import StorylineCore
import StorylineExtract
import StorylineReports

/// `storyline analyze`: read articles, group them into stories and compare each story's sources.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Group articles into stories and compare their sources (no store).",
        discussion: """
            For every story: what all sources agree on, what each one adds or leaves out, quotes and \
            their wordings, discrepancies, entities, timeline and a summary with provenance. With no \
            path, analyses the bundled sample corpus.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var stories: StoryOptions
    @Option(help: "Output format.") var format: ReportFormat = .text
    @Option(help: "Summary length in sentences.") var summaryLength = 7
    @Flag(help: "Colour the text report even when not writing to a terminal.") var color = false

    func validate() throws {
        guard summaryLength >= 0 else { throw ValidationError("--summary-length must be 0 or more") }
    }

    func run() async throws {
        let (articles, errors) = await ArticleCollection.read(paths: try input.resolvedPaths(), collector: input.collector)
        for error in errors { StandardError.print("error: \(error)") }
        var analyzer = StoryAnalyzer()
        analyzer.summarizer.length = summaryLength
        let report = await CorpusAnalyzer(stories: stories.configuration, analyzer: analyzer).analyze(articles)
        try ReportPrinter.print(report, format: format, color: color)
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
