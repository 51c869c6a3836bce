/// A problem opening, migrating, reading or writing the store.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem; a struct so that new codes never break callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case cannotOpen, migrationFailed, writeFailed, readFailed, notFound, invalidValue
        }
        private let base: Base
        private init(_ base: Base) { self.base = base }
        public var description: String { base.rawValue }

        public static let cannotOpen = Code(.cannotOpen)
        public static let migrationFailed = Code(.migrationFailed)
        public static let writeFailed = Code(.writeFailed)
        public static let readFailed = Code(.readFailed)
        public static let notFound = Code(.notFound)
        public static let invalidValue = Code(.invalidValue)
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
