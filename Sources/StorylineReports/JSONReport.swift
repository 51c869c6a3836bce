import Foundation
import StorylineAnalysis

/// Renders an ``AnalysisReport`` as the JSON document `docs/analysis.schema.json` describes.
public enum JSONReport {
    /// The report as pretty-printed UTF-8 JSON, fields in declaration order.
    public static func render(_ report: AnalysisReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
