import ArgumentParser

/// An error the CLI reports as one line on standard error before exiting with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
