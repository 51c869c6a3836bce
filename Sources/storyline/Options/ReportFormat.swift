import ArgumentParser

/// How story reports print: a terminal report, Markdown, one JSON document, or one HTML page.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, markdown, json, html
}
