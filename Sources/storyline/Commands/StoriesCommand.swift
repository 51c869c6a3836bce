import ArgumentParser
import StorylineStore

/// `storyline stories`: list stored stories.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List stored stories: title, articles, outlets, time span.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "Show at most this many stories.") var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative") }
    }

    func run() async throws {
        let articleStore = try store.open()
        let stories: [StorySummary]
        do {
            stories = try await articleStore.storySummaries(limit: limit)
        } catch {
            throw CommandFailure(error.message)
        }
        switch format {
        case .text: print(StoryTextPrinter.table(stories))
        case .json: try JSONOutput.printDocument(stories)
        case .jsonl: try JSONOutput.printLines(stories)
        }
    }
}
