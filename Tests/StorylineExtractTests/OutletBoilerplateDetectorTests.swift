import StorylineCore
import Testing

@testable import StorylineExtract

@Suite struct OutletBoilerplateDetectorTests {
    private func draft(_ outlet: String?, _ title: String, _ body: String) -> DocumentDraft {
        DocumentDraft(title: title, outlet: outlet, original: body)
    }

    private let signOff = "Follow the agency on its channels for the latest 24 hours of news."

    @Test func marksASentenceTheOutletRepeatsInThreeArticles() {
        var drafts = [
            draft("Agency", "A", "The port reopened on Monday after the storm. \(signOff.replacingOccurrences(of: "24", with: "12"))"),
            draft("Agency", "B", "Prices rose by three percent in September. \(signOff)"),
            draft("Agency", "C", "The minister resigned after a week of protests.\n\(signOff)"),
            draft("Other", "D", "Snow fell across the north for the first time. \(signOff)"),
        ]
        OutletBoilerplateDetector().markRepeated(in: &drafts)
        for index in 0..<3 {
            #expect(drafts[index].removals.count == 1)
            #expect(drafts[index].removals.first?.reason == .outletBoilerplate)
            #expect(drafts[index].removals.first?.text.hasPrefix("Follow the agency") == true)
        }
        #expect(drafts[3].removals.isEmpty)
    }

    @Test func twoArticlesAreNotEnough() {
        var drafts = [
            draft("Agency", "A", "The port reopened on Monday after the storm. \(signOff)"),
            draft("Agency", "B", "Prices rose by three percent in September. \(signOff)"),
        ]
        OutletBoilerplateDetector().markRepeated(in: &drafts)
        #expect(drafts.allSatisfy { $0.removals.isEmpty })
    }

    @Test func shortSentencesAreSkipped() {
        var drafts = ["harbour", "election", "vaccine", "drought"].map {
            draft("Agency", $0, "The \($0) story is about something new today. Read more.")
        }
        OutletBoilerplateDetector().markRepeated(in: &drafts)
        #expect(drafts.allSatisfy { $0.removals.isEmpty })
    }

    @Test func manyArticlesNeedAShare() {
        let topics = ["harbour", "election", "vaccine", "drought", "orchestra", "railway", "satellite", "glacier", "tariff",
            "festival", "bridge", "wildfire", "startup", "museum", "pension", "volcano", "marathon", "library", "ferry", "bakery"]
        var drafts = topics.enumerated().map { index, topic in
            draft("Agency", topic, "The \(topic) story tells of the \(topic) in full detail. " + (index < 4 ? signOff : ""))
        }
        OutletBoilerplateDetector().markRepeated(in: &drafts)
        #expect(drafts.allSatisfy { $0.removals.isEmpty })
        var detector = OutletBoilerplateDetector()
        detector.minShare = 0.1
        detector.markRepeated(in: &drafts)
        #expect(drafts.prefix(4).allSatisfy { $0.removals.count == 1 })
    }

    @Test func copiesOfOneStoryAreNotBoilerplate() {
        let body = "The central bank raised rates by half a point on Thursday. Inflation is still well above target."
        var drafts = (0..<3).map { _ in draft("Agency", "Same headline", body) }
        OutletBoilerplateDetector().markRepeated(in: &drafts)
        #expect(drafts.allSatisfy { $0.removals.isEmpty })
    }

    @Test func keepsTheReadersRemovals() {
        var drafts = ["harbour", "election", "vaccine"].map { topic in
            var item = draft("Agency", topic, "\(signOff) The \(topic) story has its own words here.")
            item.removals = [RemovedSegment(text: "Follow", reason: .navigation, start: 0, end: 6)]
            return item
        }
        OutletBoilerplateDetector().markRepeated(in: &drafts)
        for item in drafts {
            #expect(item.removals.first?.reason == .navigation)
            #expect(item.removals.dropFirst().first?.text.hasPrefix("the agency") == true)
        }
    }
}
