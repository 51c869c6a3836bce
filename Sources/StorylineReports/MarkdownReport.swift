import StorylineAnalysis

/// Renders an ``AnalysisReport`` as Markdown.
public struct MarkdownReport: Sendable {
    public init() {}
    public func render(_ report: AnalysisReport) -> String { TextReport().render(report) }
}
