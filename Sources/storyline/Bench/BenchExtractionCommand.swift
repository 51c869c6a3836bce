import ArgumentParser
import Foundation
import StorylineExtract

/// `storyline bench extraction`: time per page of HTML extraction and of the cleaning after it, on one core.
struct BenchExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Time HTML extraction + metadata, and cleaning + assembly, per page on one core.",
        discussion: """
            Reads and gunzips every page of the data sets (folders with html/*.html.gz, such as WCXB and \
            trafilatura's evaluation set) into memory first, then times each page on this thread: \
            (a) HTMLArticleReader.read — decoding, parsing, content extraction and metadata — and \
            (b) the cleaning and assembly that follow it (ArticleExtractor.clean and assemble); decoding \
            and parsing alone (HTMLDocument) is timed again separately, to show its share of (a). With \
            --runs N every page is timed N times and its median is used. Times are the thread's CPU time \
            (--wall-clock for elapsed time). \
            Prints median, p90 and mean per page, pages/s and MB/s of input HTML. Pin it to one core with \
            `taskset -c 0`, on a quiet machine if possible (other processes still share the caches).
            """)

    @Argument(help: "Data set folders. Default: ../shared/data/wcxb-dev and ../shared/data/trafilatura-eval.")
    var datasets: [String] = ["../shared/data/wcxb-dev", "../shared/data/trafilatura-eval"]
    @Option(help: "Times each page is timed (its median is used).") var runs = 3
    @Option(help: "Only the first N pages of each data set.") var limit: Int?
    @Flag(help: "Time wall-clock time instead of the thread's CPU time.") var wallClock = false

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        if let limit, limit < 1 { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        var sets: [(name: String, pages: [BenchPage])] = []
        for folder in datasets {
            var data = try ExtractionDataset(folder: folder)
            if let limit { data.pages = Array(data.pages.prefix(limit)) }
            let pages = try data.pages.map { page in
                BenchPage(file: page.file, url: page.url, bytes: try data.bytes(of: page))
            }
            sets.append(((folder as NSString).lastPathComponent, pages))
        }
        let allPages = sets.flatMap(\.pages)
        guard !allPages.isEmpty else { throw CommandFailure("no pages to time") }
        let timings = ExtractionTimer(runs: runs, wallClock: wallClock).time(allPages)
        var offset = 0
        print(
            "\(allPages.count) pages, \(runs) run\(runs == 1 ? "" : "s") each (per page: the median of its runs), "
                + (wallClock ? "wall-clock time" : "CPU time of the thread"))
        print(ExtractionBenchReport.header)
        for (name, pages) in sets where sets.count > 1 {
            let range = offset..<offset + pages.count
            offset += pages.count
            print(ExtractionBenchReport.rows(name: name, pages: pages, timings: Array(timings[range])))
        }
        print(ExtractionBenchReport.rows(name: "all", pages: allPages, timings: timings))
    }
}

/// One page held in memory for timing.
struct BenchPage {
    var file: String
    var url: String?
    var bytes: [UInt8]
}
