/// A fingerprint setting out of range, reported by the `validate` functions of ``MinHasher``,
/// ``ShingleHasher`` and ``LSHParameters`` so that values from users can be refused without a crash.
///
/// ```swift
/// do { try MinHasher.validate(permutations: 0, shingleSize: 5) } catch { print(error.message) }
/// ```
public struct FingerprintError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong; a struct over a private enum, so new codes do not break exhaustive switches.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case permutations, shingleSize, threshold, bands, rows
        }

        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The number of permutations is outside 1...4096.
        public static let permutations = Code(.permutations)
        /// The shingle size is outside 1...64.
        public static let shingleSize = Code(.shingleSize)
        /// The similarity threshold is outside the open interval (0, 1).
        public static let threshold = Code(.threshold)
        /// The number of LSH bands is not positive.
        public static let bands = Code(.bands)
        /// The number of rows per LSH band is not positive.
        public static let rows = Code(.rows)

        /// The code's name, e.g. `shingleSize`.
        public var description: String { value.rawValue }
    }

    /// What is wrong.
    public var code: Code
    /// One line for a person: the setting, the value given and the allowed range.
    public var message: String

    /// An error with `code` and `message`.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
