import Foundation
import Testing

/// Loads the hand-written feeds under `Fixtures/feeds/`.
enum FeedFixtures {
    static var folder: URL {
        get throws {
            try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("feeds")
        }
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: try folder.appendingPathComponent(name)))
    }

    static func path(_ name: String) throws -> String {
        try folder.appendingPathComponent(name).path
    }
}
