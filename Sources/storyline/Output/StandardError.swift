import Foundation

/// Writes to standard error: progress, warnings and one-line input errors.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var isTerminal: Bool { isatty(2) != 0 }
}
