import StorylineCore
import Testing

@testable import StorylineAnalysis
import StorylineTestSupport

@Suite struct StatementAlignerTests {
    let alignment = StatementAligner().align(HarborStoryFixture.articles)

    func statement(containing fragment: String, article: Int) -> [Int]? {
        alignment.statements.first { members in
            members.contains {
                alignment.sentences[$0].articleIndex == article && alignment.sentences[$0].span.text.contains(fragment)
            }
        }
    }

    @Test func paraphrasedLeadAlignsAcrossAllSources() throws {
        // "will not back down" / "will not be intimidated": different words, same statement.
        let lead = try #require(statement(containing: "will not be intimidated", article: 1))
        #expect(Set(lead.map { alignment.sentences[$0].articleIndex }) == [0, 1, 2])
    }

    @Test func statementHoldsOneSentencePerArticle() {
        for members in alignment.statements {
            let articles = members.map { alignment.sentences[$0].articleIndex }
            #expect(Set(articles).count == articles.count)
        }
    }

    @Test func oneSourceSectionStaysAlone() throws {
        let fishing = try #require(statement(containing: "catch was rotting", article: 1))
        #expect(fishing.count == 1)
        let heading = try #require(statement(containing: "Fishing boats", article: 1))
        #expect(heading.count == 1)
    }

    @Test func sentenceOffsetsPointAtTheSentence() {
        for sentence in alignment.sentences {
            let text = HarborStoryFixture.articles[sentence.articleIndex].text
            let scalars = Array(text.unicodeScalars)[sentence.span.start..<sentence.span.end]
            #expect(String(String.UnicodeScalarView(scalars)) == sentence.span.text)
        }
    }

    @Test func sharingOneNameIsNotAStatement() {
        let a = Article(id: "a", source: "a", text: "We are Avalon.", original: "")
        let b = Article(id: "b", source: "b", text: "Avalon exercises", original: "")
        let result = StatementAligner().align([a, b])
        #expect(result.statements.allSatisfy { $0.count == 1 })
    }
}
