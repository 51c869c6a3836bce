import Foundation
import Testing

/// Loads the hand-written pages under `Fixtures/html/`.
enum HTMLFixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return Array(try Data(contentsOf: folder.appendingPathComponent("html").appendingPathComponent(name)))
    }
}
