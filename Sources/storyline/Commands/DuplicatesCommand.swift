import ArgumentParser
import StorylineStore

/// `storyline duplicates`: duplicate groups and copy chains from the store.
struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "List groups of copied articles as copy chains (origin first).",
        discussion: "Kinds: exact (same normalised text), near (lightly edited copy), rewrite (heavily reused text).")

    @OptionGroup var store: StoreOptions
    @Option(help: "Output format.") var format: OutputFormat = .text

    func run() async throws {
        let articleStore = try store.open()
        do {
            let groups = try await articleStore.duplicateGroups()
            switch format {
            case .text:
                var titles: [String: String] = [:]
                for id in Set(groups.flatMap { $0.links.map(\.article) }) {
                    titles[id] = try await articleStore.article(id: id)?.title
                }
                print(StoryTextPrinter.duplicates(groups, titles: titles))
            case .json: try JSONOutput.printDocument(groups)
            case .jsonl: try JSONOutput.printLines(groups)
            }
        } catch let error as StoreError {
            throw CommandFailure(error.message)
        }
    }
}
