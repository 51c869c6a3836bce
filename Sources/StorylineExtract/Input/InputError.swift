/// A problem with one input: a file, or one line of it. Printed as one line naming file, line and field.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem; a struct so that new codes never break callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unreadable, invalidEncoding, malformedJSON, missingField, invalidField, emptyInput
            case binaryContent, tooLarge, unsupportedFormat, malformedHTML, malformedArchive
            case malformedFeed, malformedRecord, needsFetching
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }
        public var description: String { base.rawValue }

        public static let unreadable = Code(.unreadable)
        public static let invalidEncoding = Code(.invalidEncoding)
        public static let malformedJSON = Code(.malformedJSON)
        public static let missingField = Code(.missingField)
        public static let invalidField = Code(.invalidField)
        public static let emptyInput = Code(.emptyInput)
        public static let binaryContent = Code(.binaryContent)
        public static let tooLarge = Code(.tooLarge)
        public static let unsupportedFormat = Code(.unsupportedFormat)
        public static let malformedHTML = Code(.malformedHTML)
        public static let malformedArchive = Code(.malformedArchive)
        /// An XML or JSON feed (or OPML list) that cannot be read, or one of its entries without text.
        public static let malformedFeed = Code(.malformedFeed)
        /// A WARC record whose header cannot be read, or that ends before its declared length.
        public static let malformedRecord = Code(.malformedRecord)
        /// A feed on the web, which reading files cannot fetch (`storyline watch` does).
        public static let needsFetching = Code(.needsFetching)
    }

    public var code: Code
    public var message: String
    public var file: String?
    public var line: Int?
    public var field: String?

    public init(_ code: Code, _ message: String, file: String? = nil, line: Int? = nil, field: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.field = field
    }

    /// `file:line: field 'x': message` — the one line the CLI prints.
    public var description: String {
        var location = file ?? "<input>"
        if let line { location += ":\(line)" }
        if let field { return "\(location): field '\(field)': \(message)" }
        return "\(location): \(message)"
    }
}
