import ArgumentParser
import StorylineGrouping

/// Story-clustering settings; the defaults are the one configuration used for all data.
struct StoryOptions: ParsableArguments {
    @Option(help: "Lowest average similarity for an article to join a story (0–1).")
    var joinThreshold: Double = StoryConfiguration().joinThreshold

    @Option(help: "How many days apart an article may be from a story's articles.")
    var windowDays: Double = Double(StoryConfiguration().windowSeconds) / 86_400

    @Option(help: "Centroid similarity at or above which two stories merge (0–1].")
    var mergeThreshold: Double = StoryConfiguration().mergeThreshold

    @Option(help: .hidden) var priorDocuments: Int = StoryConfiguration().priorDocuments

    var configuration: StoryConfiguration {
        var configuration = StoryConfiguration()
        configuration.joinThreshold = joinThreshold
        configuration.windowSeconds = windowDays.isFinite ? Int(windowDays * 86_400) : -1
        configuration.mergeThreshold = mergeThreshold
        configuration.priorDocuments = priorDocuments
        return configuration
    }

    func validate() throws {
        if let problem = configuration.problems().first { throw ValidationError(problem) }
    }
}
