import StorylineAnalysis
import StorylineCore
import StorylineGrouping

/// A small invented story told by two sources, with every report section filled, and article text
/// that needs escaping (`|`, `*`, `_`, `<script>`).
enum SampleReport {
    static let herald = Article(
        id: "a1", source: "https://herald.example/news/bridge?id=7&src=rss",
        title: "Harbour bridge reopens after *repairs*",
        outlet: "Coastal Herald", published: PublicationDate(iso8601: "2024-10-15T09:30+02:00"), language: "en",
        text: """
            The Harbour Bridge reopened on Monday after six weeks of repairs. Mayor Ana Costa said: "The bridge is \
            safe and it is open to everyone." About 1,200 cars crossed in the first hour.

            Engineers replaced 40 cables | the old ones had rusted.
            """,
        removed: [
            RemovedSegment(
                text: "Support local news <script>alert(1)</script> | donate today", reason: .donationAppeal, start: 0,
                end: 59),
            RemovedSegment(text: "Related: Ferry fares rise", reason: .relatedLinks, start: 300, end: 325),
        ],
        original: ""
    )

    static let ledger = Article(
        id: "b2", source: "/data/ledger/bridge.txt", title: "Bridge back in service",
        outlet: "Daily Ledger", published: PublicationDate(iso8601: "2024-10-15T11:00Z"), language: "en",
        text: """
            The Harbour Bridge reopened on Tuesday after six weeks of repairs. "The bridge is safe and open to all," \
            said mayor Anna Costa. Critics say the _repairs_ cost twice the budget <script>alert("x")</script>.
            """,
        removed: [],
        original: ""
    )

    /// The passage of `article` whose text is `fragment`, with its offsets in Unicode scalars.
    static func passage(_ fragment: String, in article: Article) -> Passage {
        let scalars = Array(article.text.unicodeScalars)
        let needle = Array(fragment.unicodeScalars)
        var start = 0
        while start + needle.count <= scalars.count, Array(scalars[start..<start + needle.count]) != needle {
            start += 1
        }
        precondition(start + needle.count <= scalars.count, "\(fragment) is not in \(article.id)")
        return Passage(article: article.id, start: start, end: start + needle.count, text: fragment)
    }

    static var story: StoryReport {
        let reopenedA = passage("The Harbour Bridge reopened on Monday after six weeks of repairs.", in: herald)
        let reopenedB = passage("The Harbour Bridge reopened on Tuesday after six weeks of repairs.", in: ledger)
        let quoteA = passage("The bridge is safe and it is open to everyone.", in: herald)
        let quoteB = passage("The bridge is safe and open to all,", in: ledger)
        let cables = passage("Engineers replaced 40 cables | the old ones had rusted.", in: herald)
        let critics = passage(
            "Critics say the _repairs_ cost twice the budget <script>alert(\"x\")</script>.", in: ledger)
        return StoryReport(
            id: "s-bridge", title: "Harbour bridge reopens | *after* repairs",
            articles: [ReportArticle(article: herald), ReportArticle(article: ledger)],
            duplicates: [
                DuplicateGroup(
                    origin: "a1",
                    links: [
                        .init(article: "a1", derivedFrom: nil, similarity: 1, similarityToOrigin: nil, kind: nil),
                        .init(
                            article: "b2", derivedFrom: "a1", similarity: 0.62, similarityToOrigin: 0.62, kind: .rewrite
                        ),
                    ],
                    kind: .rewrite)
            ],
            common: [
                CommonStatement(text: reopenedA.text, articles: ["a1", "b2"], passages: [reopenedA, reopenedB])
            ],
            unique: [
                UniqueStatement(article: "a1", text: cables.text, start: cables.start, end: cables.end),
                UniqueStatement(article: "b2", text: critics.text, start: critics.start, end: critics.end),
            ],
            omissions: [Omission(article: "b2", missing: ["About 1,200 cars crossed in the first hour."])],
            quotes: [
                ReportQuote(
                    speaker: "Ana Costa",
                    variants: [
                        .init(text: quoteA.text, articles: ["a1"], passages: [quoteA], diff: [], paraphrase: false),
                        .init(
                            text: quoteB.text, articles: ["b2"], passages: [quoteB],
                            diff: [
                                .init(op: "=", text: "The bridge is safe and"), .init(op: "-", text: "it is"),
                                .init(op: "=", text: "open to"), .init(op: "-", text: "everyone."),
                                .init(op: "+", text: "all,"),
                            ],
                            paraphrase: false),
                    ]),
                ReportQuote(
                    speaker: nil,
                    variants: [
                        .init(text: "a <b>bold</b> plan", articles: ["b2"], passages: [], diff: [], paraphrase: true)
                    ]),
            ],
            discrepancies: [
                Discrepancy(
                    kind: .date, subject: "reopening",
                    values: [
                        .init(value: "2024-10-14", articles: ["a1"], evidence: [reopenedA], written: ["Monday"]),
                        .init(value: "2024-10-15", articles: ["b2"], evidence: [reopenedB]),
                    ]),
                Discrepancy(
                    kind: .name, subject: "Ana Costa",
                    values: [
                        .init(value: "Ana Costa", articles: ["a1"], evidence: []),
                        .init(value: "Anna Costa", articles: ["b2"], evidence: []),
                    ]),
            ],
            entities: [
                ReportEntity(
                    name: "Ana Costa", kind: "person", articles: ["a1", "b2"], variants: ["Anna Costa"],
                    roles: ["mayor"]),
                ReportEntity(name: "Harbour Bridge", kind: "place", articles: ["a1", "b2"]),
            ],
            timeline: [
                TimelineEvent(
                    date: "2024-10-14", text: reopenedA.text, articles: ["a1", "b2"], passages: [reopenedA, reopenedB],
                    conflicting: true)
            ],
            summary: [
                SummarySentence(
                    text: reopenedA.text,
                    provenance: [
                        .init(article: "a1", start: reopenedA.start, end: reopenedA.end),
                        .init(article: "b2", start: reopenedB.start, end: reopenedB.end),
                    ],
                    sources: ["a1", "b2"]),
                SummarySentence(
                    text: cables.text, provenance: [.init(article: "a1", start: cables.start, end: cables.end)],
                    sources: ["a1"]),
            ]
        )
    }

    static var report: AnalysisReport { AnalysisReport(stories: [story]) }
}
