import ArgumentParser
import Foundation
import StorylineAnalysis
import StorylineCore

/// `storyline bench analysis`: how long one story with many sources takes to analyse.
struct BenchAnalysisCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analysis",
        abstract: "Time the analysis of one story with many sources (default: 60 made from the samples).",
        discussion: """
            Builds a story of --sources articles by cycling through the input articles (default: the \
            bundled samples), each copy with a few sentences dropped so that no two are identical, then \
            analyses it --runs times on one core and prints the median and the fastest run.
            """)

    @Argument(help: "Articles to build the story from. Default: the bundled sample corpus.") var paths: [String] = []
    @Option(help: "Sources in the story.") var sources = 60
    @Option(help: "Timed runs.") var runs = 11

    func validate() throws {
        guard sources >= 1, runs >= 1 else { throw ValidationError("--sources and --runs must be at least 1") }
    }

    func run() async throws {
        let inputs = paths.isEmpty ? [try SampleCorpus.path()] : paths
        let (read, _) = await ArticleCollection.read(paths: inputs, collector: .init())
        guard !read.isEmpty else { throw CommandFailure("no articles to build a story from") }
        var random = SplitMix64(seed: 42)
        let story = (0..<sources).map { number in
            var article = read[number % read.count]
            if number >= read.count {
                var paragraphs = article.text.components(separatedBy: "\n")
                for _ in 0..<min(2, paragraphs.count - 1) { paragraphs.remove(at: random.below(paragraphs.count)) }
                article.text = paragraphs.joined(separator: "\n")
                article.id += "-\(number)"
            }
            return article
        }
        let analyzer = StoryAnalyzer()
        var times: [Double] = []
        var report: StoryReport?
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let start = clock.now
            report = await analyzer.analyze(storyID: "bench", articles: story)
            let elapsed = clock.now - start
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        times.sort()
        let characters = story.reduce(0) { $0 + $1.text.unicodeScalars.count }
        print("story: \(sources) sources, \(characters / 1000) K characters")
        if let report {
            print("found: \(report.common.count) common statements, \(report.quotes.count) quotes, "
                + "\(report.discrepancies.count) discrepancies, \(report.entities.count) entities, "
                + "\(report.timeline.count) timeline events")
        }
        print(String(format: "analysis: median %.1f ms, fastest %.1f ms over %d runs", times[times.count / 2], times[0], runs))
    }
}
