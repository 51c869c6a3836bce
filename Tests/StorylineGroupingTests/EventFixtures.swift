import StorylineGrouping
import StorylineTestSupport

extension EventFixture {
    /// Clusters `fixtures` as a collection; one assignment each, in order.
    static func cluster(_ fixtures: [EventFixture], configuration: StoryConfiguration = StoryConfiguration())
        -> [StoryAssignment]
    {
        var clusterer = CollectionClusterer(configuration: configuration)
        let extractor = TermExtractor()
        for fixture in fixtures {
            clusterer.add(
                id: fixture.id, terms: extractor.terms(title: fixture.title, text: fixture.text, display: true),
                time: fixture.time)
        }
        return clusterer.cluster(withEvidence: true)
    }
}
