import ArgumentParser
import StorylineExtract
import StorylineGrouping

/// `storyline cluster`: group articles into stories, without a store.
struct ClusterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group articles into stories (no store).",
        discussion: """
            Articles are placed online in publication order: each joins the most similar story active \
            around its time or starts a new one; stories that converge are merged. With --format jsonl \
            prints one line per input article: {"id": …, "story": …}.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var stories: StoryOptions
    @Option(help: "Output format.") var format: OutputFormat = .text

    func run() async throws {
        let run = try await StoryClusteringRun.run(
            paths: try input.resolvedPaths(), collector: input.collector, configuration: stories.configuration,
            keepTitles: format == .text)
        for error in run.errors { StandardError.print("error: \(error)") }
        switch format {
        case .jsonl:
            try JSONOutput.printLines(run.assignments.map { ["id": $0.article, "story": $0.story] })
        case .json:
            try JSONOutput.printDocument(run.assignments.map { ["id": $0.article, "story": $0.story] })
        case .text:
            print(StoryTextPrinter.clusters(items: run.items, assignments: run.assignments))
        }
        if !run.errors.isEmpty { throw ExitCode(1) }
    }
}
