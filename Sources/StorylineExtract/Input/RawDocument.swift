import Foundation

/// The bytes of one input with what is known about where they came from.
public struct RawDocument: Sendable, Hashable {
    /// The name the user gave for it: a file path, or `-` for standard input.
    public var name: String
    /// A stable key for the origin, used in derived article ids: the absolute file path, or `stdin`.
    public var sourceKey: String
    /// The content, already gunzipped for `.gz` files.
    public var data: Data

    public init(name: String, sourceKey: String, data: Data) {
        self.name = name
        self.sourceKey = sourceKey
        self.data = data
    }
}
