import Foundation
import StorylineCore
import StorylineExtract

/// One plain-text fixture under Fixtures/cleaning with its sidecar `NAME.expect.json`.
struct CleaningFixture: Sendable, CustomTestStringConvertibleShim {
    struct Removal: Decodable, Sendable {
        var reason: String
        var snippet: String
    }

    struct Expectation: Decodable, Sendable {
        var removed: [Removal]
        var kept: [String]
        var title: String?
        var published: String?
        var author: String?
        var outlet: String?
    }

    var name: String
    var text: String
    var expectation: Expectation

    var testDescription: String { name }

    /// All fixtures, sorted by name.
    static func all() -> [CleaningFixture] {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return [] }
        let folder = root.appendingPathComponent("cleaning")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { file in
            let name = String(file.dropLast(4))
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8),
                let data = try? Data(contentsOf: folder.appendingPathComponent(name + ".expect.json")),
                let expectation = try? JSONDecoder().decode(Expectation.self, from: data)
            else { return nil }
            return CleaningFixture(name: name, text: text, expectation: expectation)
        }
    }
}

/// Lets fixtures name themselves in test output without importing Testing here.
protocol CustomTestStringConvertibleShim { var testDescription: String { get } }

extension DocumentDraft {
    /// The text left after cutting every removal out of `original` (what the assembler would keep).
    var keptText: String {
        var scalars = Array(original.unicodeScalars)
        for removal in removals.sorted(by: { $0.start > $1.start }) {
            scalars.replaceSubrange(removal.start..<removal.end, with: ["\n"])
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Whether every removal's text is exactly what stands at its offsets, and no two overlap.
    var removalsAreConsistent: Bool {
        let scalars = Array(original.unicodeScalars)
        var previousEnd = 0
        for removal in removals.sorted(by: { $0.start < $1.start }) {
            guard removal.start >= previousEnd, removal.end <= scalars.count, removal.start < removal.end,
                String(String.UnicodeScalarView(scalars[removal.start..<removal.end])) == removal.text
            else { return false }
            previousEnd = removal.end
        }
        return true
    }
}
