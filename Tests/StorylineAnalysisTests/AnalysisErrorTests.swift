import Testing
@testable import StorylineAnalysis

@Test func analysisErrorCarriesCodeAndMessage() {
    let error = AnalysisError(.emptyStory, "story s1 has no articles")
    #expect(error.code == .emptyStory)
    #expect(error.description == "story s1 has no articles")
}
