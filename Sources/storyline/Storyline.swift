import ArgumentParser

/// The `storyline` command: turns news articles from many outlets into stories.
@main
struct Storyline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Turn news articles from many outlets into stories.",
        subcommands: [
            AnalyzeCommand.self, IngestCommand.self, FetchCommand.self, WatchCommand.self, ArticlesCommand.self, ArticleCommand.self, ExtractCommand.self, ClusterCommand.self,
            StoriesCommand.self, StoryCommand.self, DuplicatesCommand.self, BenchCommand.self,
            Eval.self,
        ]
    )

    /// `storyline eval …`: measurements on public evaluation data.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate the pipeline stages on public data.",
            subcommands: [EvalLanguageCommand.self, EvalClusteringCommand.self, EvalExtractionCommand.self]
        )
    }
}
