/// An error from story analysis, with a stable code and a one-line message.
public struct AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable code; new codes do not break callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case emptyStory = "empty-story"
            case invalidConfiguration = "invalid-configuration"
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }
        /// The story has no articles.
        public static let emptyStory = Code(.emptyStory)
        /// A configuration value is out of range.
        public static let invalidConfiguration = Code(.invalidConfiguration)
        public var description: String { value.rawValue }
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
