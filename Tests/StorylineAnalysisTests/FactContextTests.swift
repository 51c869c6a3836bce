import StorylineAnalysis
import Testing

@Suite struct FactContextTests {
    @Test func findsSentenceAroundOffset() throws {
        let text = "NATO met on Oct.\n14. It agreed on 700 troops. Done."
        let context = FactContext(text: text)
        let offset = Array(text.unicodeScalars).firstIndex(of: "7")!
        let sentence = try #require(context.sentence(containing: offset))
        #expect(sentence.text == "It agreed on 700 troops.")
        #expect(context.sentence(containing: 0)?.text == "NATO met on Oct.\n14.")
        #expect(context.sentenceIndex(containing: text.unicodeScalars.count - 1) == 2)
        #expect(context.sentence(containing: text.unicodeScalars.count) == nil)
    }

    @Test func offsetBetweenSentencesHasNoSentence() {
        let context = FactContext(text: "One.   Two.")
        #expect(context.sentence(containing: 5) == nil)
        #expect(context.sentence(containing: 7)?.text == "Two.")
    }
}
