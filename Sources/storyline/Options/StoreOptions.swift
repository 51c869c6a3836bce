import ArgumentParser
import Foundation
import StorylineStore

/// `--db PATH`, shared by every command that uses the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The SQLite store file (default: $STORYLINE_DB, else storyline.sqlite in the current folder).",
            valueName: "path"))
    var path: String?

    /// The path in force: the option, then `STORYLINE_DB`, then `storyline.sqlite`.
    var resolvedPath: String {
        if let path { return path }
        if let fromEnvironment = ProcessInfo.processInfo.environment["STORYLINE_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "storyline.sqlite"
    }

    func open() throws -> ArticleStore {
        do {
            return try ArticleStore(path: resolvedPath)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
