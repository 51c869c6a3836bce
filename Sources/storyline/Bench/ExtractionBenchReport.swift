import Foundation

/// The table `storyline bench extraction` prints: per data set, one row per half and one for both.
enum ExtractionBenchReport {
    static let header =
        pad("data set", 36) + pad("step", 32) + pad("median", 10, right: true) + pad("p90", 10, right: true)
        + pad("mean", 10, right: true) + pad("pages/s", 9, right: true) + pad("MB/s", 8, right: true)

    static func rows(name: String, pages: [BenchPage], timings: [ExtractionTimer.Timing]) -> String {
        let bytes = Double(pages.reduce(0) { $0 + $1.bytes.count })
        let failed = timings.filter(\.failed).count
        let label = "\(name) (\(pages.count)\(failed > 0 ? ", \(failed) no text" : ""))"
        let steps: [(String, [Double])] = [
            ("(a) parse + content + metadata", timings.map(\.read)),
            ("    of which parsing (HTMLDocument)", timings.map(\.parse)),
            ("(b) cleaning + assembly", timings.map(\.clean)),
            ("(a) + (b)", timings.map { $0.read + $0.clean }),
        ]
        return steps.enumerated().map { number, step in
            let (title, values) = step
            let sorted = values.sorted()
            let total = values.reduce(0, +)
            let median = sorted[sorted.count / 2]
            let p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
            let mean = total / Double(values.count)
            let pagesPerSecond = Double(values.count) / (total / 1000)
            let megabytesPerSecond = bytes / 1e6 / (total / 1000)
            return pad(number == 0 ? label : "", 36) + pad(title, 32)
                + pad(String(format: "%.2f ms", median), 10, right: true)
                + pad(String(format: "%.2f ms", p90), 10, right: true)
                + pad(String(format: "%.2f ms", mean), 10, right: true)
                + pad(String(format: "%.0f", pagesPerSecond), 9, right: true)
                + pad(String(format: "%.1f", megabytesPerSecond), 8, right: true)
        }.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(1, width - text.count))
        return right ? padding + text : text + padding
    }
}
