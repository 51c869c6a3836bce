import StorylineAnalysis
import StorylineReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints an analysis report in the chosen format: shared by `analyze` and `story`.
enum ReportPrinter {
    static func print(_ report: AnalysisReport, format: ReportFormat, color: Bool) throws {
        switch format {
        case .json: Swift.print(try JSONReport.render(report))
        case .text: Swift.print(TextReport(color: color || isatty(STDOUT_FILENO) != 0).render(report))
        case .markdown: Swift.print(MarkdownReport().render(report))
        case .html: Swift.print(HTMLReport().render(report))
        }
    }
}
