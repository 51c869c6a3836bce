import ArgumentParser
import StorylineCore
import StorylineStore

/// `storyline article ID`: one stored article with its removed segments.
struct ArticleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "article", abstract: "Show one stored article with the segments cleaning removed.")

    @Argument(help: "The article id, or a prefix of it that only one article has.") var id: String
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format.") var format: OutputFormat = .text

    func run() async throws {
        let articleStore = try store.open()
        let found: Article?
        do {
            found = try await articleStore.article(id: id)
        } catch {
            throw CommandFailure(error.message)
        }
        guard let article = found else { throw CommandFailure("no article with id '\(id)' in \(articleStore.path)") }
        switch format {
        case .text: print(ArticleTextPrinter.detail(article))
        case .json: try JSONOutput.printDocument(ArticleRecord(article))
        case .jsonl: try JSONOutput.printLines([ArticleRecord(article)])
        }
    }
}
