import ArgumentParser
import StorylineStore

/// `storyline articles`: list stored articles.
struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List stored articles in publication order.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "Show at most this many articles.") var limit: Int?
    @Option(help: "Skip this many articles first.") var offset: Int = 0

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative") }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }

    func run() async throws {
        let articleStore = try store.open()
        let summaries: [ArticleSummary]
        do {
            summaries = try await articleStore.articleSummaries(limit: limit, offset: offset)
        } catch {
            throw CommandFailure(error.message)
        }
        switch format {
        case .text: print(ArticleTextPrinter.table(summaries))
        case .json: try JSONOutput.printDocument(summaries)
        case .jsonl: try JSONOutput.printLines(summaries)
        }
    }
}
