import Foundation

/// Prints values as JSON: one pretty document, or one compact object per line.
enum JSONOutput {
    static func printDocument(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func printLines(_ values: some Sequence<some Encodable>) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for value in values {
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        }
    }
}
