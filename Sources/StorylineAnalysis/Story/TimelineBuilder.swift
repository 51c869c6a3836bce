import StorylineCore

/// The dated events a story mentions, merged across sources, in date order.
///
/// Every date mention becomes an event stated by its sentence. Mentions of the same date merge when
/// they sit in aligned sentences (one statement) or their event words overlap ("visit", "interview");
/// an event is marked conflicting when a date discrepancy cites its sentence.
struct TimelineBuilder {
    func timeline(of story: StoryContext, discrepancies: [Discrepancy]) -> [TimelineEvent] {
        struct Event {
            var date: PublicationDate
            var statement: Int
            var terms: Set<String>
            var passages: [Passage]
            var articles: [String]
        }
        var events: [Event] = []
        for (articleIndex, facts) in story.facts.enumerated() {
            let id = story.articles[articleIndex].id
            for mention in facts.dates {
                let sentence = story.sentence(article: articleIndex, containing: mention.start)
                let passage = sentence.map(story.passage(ofSentence:))
                    ?? story.passage(article: articleIndex, around: mention.start, mention.end)
                let statement = sentence.map(story.statement(ofSentence:)) ?? -1
                let terms = Set(mention.eventTerms)
                if let index = events.firstIndex(where: { event in
                    event.date == mention.date
                        && ((statement >= 0 && event.statement == statement) || Self.overlap(event.terms, terms))
                }) {
                    if !events[index].articles.contains(id) { events[index].articles.append(id) }
                    if !events[index].passages.contains(passage) { events[index].passages.append(passage) }
                    events[index].terms.formUnion(terms)
                } else {
                    events.append(
                        Event(date: mention.date, statement: statement, terms: terms, passages: [passage], articles: [id]))
                }
            }
        }
        let disputed = Set(discrepancies.filter { $0.kind == .date }.flatMap { $0.values.flatMap(\.evidence) })
        return events.enumerated().sorted { a, b in
            a.element.date.secondsSinceEpoch != b.element.date.secondsSinceEpoch
                ? a.element.date.secondsSinceEpoch < b.element.date.secondsSinceEpoch : a.offset < b.offset
        }.map { _, event in
            TimelineEvent(
                date: event.date.iso8601, text: event.passages[0].text, articles: event.articles, passages: event.passages,
                conflicting: event.passages.contains { disputed.contains($0) })
        }
    }

    /// Event words overlap when at least two are shared, or one when either side has only one.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 2 || (shared == 1 && min(a.count, b.count) == 1)
    }
}
