import ArgumentParser

/// The `storyline` command: turns news articles from many outlets into stories.
@main
struct Storyline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Turn news articles from many outlets into stories.",
        subcommands: []
    )
}
