/// The result of analysing one or more stories: the top level of the JSON contract
/// (`docs/analysis.schema.json`).
public struct AnalysisReport: Sendable, Hashable, Codable {
    /// The analysed stories, largest first.
    public var stories: [StoryReport]

    public init(stories: [StoryReport]) {
        self.stories = stories
    }
}
