import ArgumentParser

/// How read commands print: a terminal report, one JSON document, or one JSON object per line.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, jsonl
}
