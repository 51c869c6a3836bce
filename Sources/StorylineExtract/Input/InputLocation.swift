/// One input to read: a file, or standard input.
public enum InputLocation: Sendable, Hashable {
    case file(path: String)
    case standardInput

    /// The name printed in messages: the path, or `-`.
    public var name: String {
        switch self {
        case .file(let path): path
        case .standardInput: "-"
        }
    }
}
