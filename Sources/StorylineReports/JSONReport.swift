import Foundation
import StorylineAnalysis

/// Renders an ``AnalysisReport`` as the JSON document `docs/analysis.schema.json` describes.
public enum JSONReport {
    /// The report as pretty-printed UTF-8 JSON; keys sorted, so the same report always prints the same.
    public static func render(_ report: AnalysisReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
