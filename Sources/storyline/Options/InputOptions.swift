import ArgumentParser
import StorylineExtract

/// The paths to read and the limits that apply, shared by `ingest` and `extract`.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Files or folders to read (text, JSON Lines, HTML, RSS/Atom/JSON feeds, OPML lists of local feeds, "
                + "WARC, .gz); '-' reads standard input. Default: the bundled sample corpus.", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Refuse inputs larger than this many megabytes.", valueName: "MB"))
    var maxSize: Double = 64

    func validate() throws {
        guard maxSize > 0, maxSize.isFinite else { throw ValidationError("--max-size must be a positive number") }
    }

    /// The paths to read: those given, or the bundled samples.
    func resolvedPaths() throws -> [String] {
        paths.isEmpty ? [try SampleCorpus.path()] : paths
    }

    var collector: InputCollector { InputCollector(maximumSize: Int(maxSize * 1024 * 1024)) }
}
