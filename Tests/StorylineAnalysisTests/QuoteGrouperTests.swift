import Testing

@testable import StorylineAnalysis

struct QuoteGrouperTests {
    private func sourced(_ article: String, _ text: String, speaker: String?) -> SourcedQuote {
        SourcedQuote(
            article: article,
            quote: QuoteMention(
                text: text, start: 0, end: text.unicodeScalars.count, speaker: speaker, attribution: .named,
                isPartial: false, sentenceStart: 0, sentenceEnd: text.unicodeScalars.count))
    }

    private let full = "We will keep the port open, we will pay what’s owed, and nobody will lose a job this winter"

    @Test func curlyAndStraightWordingsAreOneVariant() throws {
        let groups = QuoteGrouper().groups([
            sourced("a", full, speaker: "Ana Korvel"),
            sourced("b", full.replacingOccurrences(of: "’", with: "'"), speaker: "Korvel"),
        ])
        let group = try #require(groups.first)
        #expect(groups.count == 1)
        #expect(group.speaker == "Ana Korvel")
        #expect(group.variants.count == 1)
        #expect(group.variants[0].articles == ["a", "b"])
        #expect(group.variants[0].diff == [WordDiffOperation(kind: .equal, words: WordDiff.words(in: full))])
    }

    @Test func partialQuoteJoinsTheFullOne() throws {
        let groups = QuoteGrouper().groups([
            sourced("a", full, speaker: "Ana Korvel"),
            sourced("b", full, speaker: nil),
            sourced("c", "nobody will lose a job this winter", speaker: "Korvel"),
        ])
        let group = try #require(groups.first)
        #expect(groups.count == 1)
        #expect(group.mainVariant.articles == ["a", "b"])
        let partial = try #require(group.variants.first { $0.articles == ["c"] })
        #expect(!partial.isParaphrase)
        #expect(partial.diff.first?.kind == .delete)
        #expect(
            partial.diff.last
                == WordDiffOperation(kind: .equal, words: ["nobody", "will", "lose", "a", "job", "this", "winter"]))
    }

    @Test func translationVariantIsNotAParaphrase() throws {
        let groups = QuoteGrouper().groups([
            sourced("a", full, speaker: "Ana Korvel"),
            sourced("b", full, speaker: "Ana Korvel"),
            sourced(
                "c",
                "We will keep the port open, we will pay everything owed, and nobody will lose their job this winter",
                speaker: "Ana Korvel"),
        ])
        #expect(groups.count == 1)
        #expect(groups.first?.variants.map(\.isParaphrase) == [false, false])
    }

    @Test func paraphraseIsFlagged() throws {
        let groups = QuoteGrouper().groups([
            sourced("a", full, speaker: "Ana Korvel"),
            sourced("b", full, speaker: "Ana Korvel"),
            sourced(
                "c", "We will keep the port open whatever happens and pay every worker what they are owed this winter",
                speaker: "Ana Korvel"),
        ])
        let group = try #require(groups.first)
        #expect(groups.count == 1)
        let paraphrase = try #require(group.variants.first { $0.articles == ["c"] })
        #expect(paraphrase.isParaphrase)
        #expect(!group.mainVariant.isParaphrase)
    }

    @Test func differentSpeakersStayApart() {
        let groups = QuoteGrouper().groups([
            sourced("a", "The port will stay open all winter long", speaker: "Ana Korvel"),
            sourced("b", "The port will stay open all winter long", speaker: "Tomas Reyes"),
        ])
        #expect(groups.count == 2)
        #expect(groups.map(\.speaker) == ["Ana Korvel", "Tomas Reyes"])
    }

    @Test func differentStatementsStayApart() {
        let groups = QuoteGrouper().groups([
            sourced("a", full, speaker: "Ana Korvel"),
            sourced(
                "b", "The government listened to both sides and the ministry will publish the contract",
                speaker: "Ana Korvel"),
        ])
        #expect(groups.count == 2)
    }

    @Test func quoteSplitDifferentlyJoinsOneGroup() throws {
        let groups = QuoteGrouper().groups([
            sourced(
                "a", "We are a union. We are not a party. We will never sign a deal that cuts pensions",
                speaker: "Ana Korvel"),
            sourced("b", "We are a union. We are not a party", speaker: "Korvel"),
            sourced("b", "We will never sign a deal that cuts pensions", speaker: "Korvel"),
        ])
        #expect(groups.count == 1)
        #expect(groups.first?.articles == ["a", "b"])
    }
}
