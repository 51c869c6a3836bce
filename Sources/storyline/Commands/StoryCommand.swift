import ArgumentParser
import StorylineAnalysis
import StorylineStore

/// `storyline story …`: show one stored story, or fix the grouping by hand.
struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show a stored story, or merge and split stories by hand.",
        subcommands: [StoryShowCommand.self, StoryMergeCommand.self, StorySplitCommand.self],
        defaultSubcommand: StoryShowCommand.self)
}

/// `storyline story [show] ID`.
struct StoryShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one story: its sources compared (as `analyze` prints them), or its membership.",
        discussion: """
            By default prints the story's analysis: common core, what each source adds and omits, \
            quotes, discrepancies, timeline, entities and summary. --membership prints its articles and \
            the evidence for each joining instead.
            """)

    @Argument(help: "The story id, or a prefix of it that only one story has.") var id: String
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format.") var format: ReportFormat = .text
    @Flag(help: "Print the story's articles and the evidence for each joining instead of the analysis.")
    var membership = false
    @Flag(help: "Colour the text report even when not writing to a terminal.") var color = false

    func run() async throws {
        let articleStore = try store.open()
        let found: StoryDetail?
        do {
            found = try await articleStore.story(id: id)
        } catch {
            throw CommandFailure(error.message)
        }
        guard let story = found else { throw CommandFailure("no story with id '\(id)' in \(articleStore.path)") }
        if membership {
            switch format {
            case .json: try JSONOutput.printDocument(story)
            default: print(StoryTextPrinter.detail(story))
            }
            return
        }
        let report = try await StoredStoryAnalysis.report(of: story, in: articleStore)
        try ReportPrinter.print(AnalysisReport(stories: [report]), format: format, color: color)
    }
}

/// `storyline story merge A B`.
struct StoryMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Move every article of story B into story A; later ingests keep it so.")

    @Argument(help: "The story that stays.") var story: String
    @Argument(help: "The story whose articles move.") var other: String
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let articleStore = try store.open()
        do {
            let (kept, absorbed) = try await articleStore.mergeStories(story, other)
            print("merged \(absorbed) into \(kept)")
        } catch {
            throw CommandFailure(error.message)
        }
    }
}

/// `storyline story split STORY ARTICLE...`.
struct StorySplitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Move articles out of a story into a new one that automatic merging never joins back.")

    @Argument(help: "The story to split.") var story: String
    @Argument(help: "The articles (ids or unique prefixes) that form the new story.") var articles: [String]
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let articleStore = try store.open()
        do {
            let newStory = try await articleStore.splitStory(story, articles: articles)
            print("split \(articles.count) article\(articles.count == 1 ? "" : "s") of \(story) into \(newStory)")
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
