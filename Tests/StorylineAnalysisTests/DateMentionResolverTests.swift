import StorylineAnalysis
import StorylineCore
import StorylineText
import Testing

/// The scalars of `text` from `start` to `end`, as offsets report them.
private func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: Array(text.unicodeScalars)[start..<end])
    return String(view)
}

@Suite struct DateMentionResolverTests {
    /// One date form, the date it resolves to (ISO 8601) and its granularity.
    struct Form: Sendable, CustomTestStringConvertible {
        var text: String
        var surface: String
        var iso: String
        var granularity: DateMention.Granularity = .day
        var testDescription: String { text }
    }

    /// Tuesday, 15 October 2024.
    static let reference = PublicationDate(year: 2024, month: 10, day: 15)!
    /// Friday, 10 January 2025: just after a year boundary.
    static let newYear = PublicationDate(year: 2025, month: 1, day: 10)!

    static func only(_ text: String, reference: PublicationDate? = Self.reference) throws -> DateMention {
        let mentions = DateMentionResolver(reference: reference).dates(in: text)
        try #require(mentions.count == 1, "\(mentions.map(\.surface))")
        #expect(scalarSlice(text, mentions[0].start, mentions[0].end) == mentions[0].surface)
        return mentions[0]
    }

    @Test(arguments: [
        ("Monday", "2024-10-14"), ("Tuesday", "2024-10-15"), ("Wednesday", "2024-10-09"), ("Thursday", "2024-10-10"),
        ("Friday", "2024-10-11"), ("Saturday", "2024-10-12"), ("Sunday", "2024-10-13"),
    ])
    func pastWeekdayIsLatestOnOrBeforeReference(_ weekday: String, _ iso: String) throws {
        let mention = try Self.only("The minister met the envoy on \(weekday).")
        #expect(mention.date.iso8601 == iso)
        #expect(mention.surface == weekday)
        #expect(mention.isRelative)
    }

    @Test(arguments: [
        ("Monday", "2024-10-21"), ("Tuesday", "2024-10-15"), ("Wednesday", "2024-10-16"), ("Thursday", "2024-10-17"),
        ("Friday", "2024-10-18"), ("Saturday", "2024-10-19"), ("Sunday", "2024-10-20"),
    ])
    func futureWeekdayIsNextOnOrAfterReference(_ weekday: String, _ iso: String) throws {
        #expect(try Self.only("The minister will meet the envoy on \(weekday).").date.iso8601 == iso)
    }

    static let relativeForms: [Form] = [
        Form(text: "He left yesterday.", surface: "yesterday", iso: "2024-10-14"),
        Form(text: "He leaves today.", surface: "today", iso: "2024-10-15"),
        Form(text: "He leaves tomorrow.", surface: "tomorrow", iso: "2024-10-16"),
        Form(text: "He left the day before yesterday.", surface: "the day before yesterday", iso: "2024-10-13"),
        Form(text: "It happened last night.", surface: "last night", iso: "2024-10-14"),
        Form(text: "He left last Tuesday.", surface: "last Tuesday", iso: "2024-10-08"),
        Form(text: "He arrives next Tuesday.", surface: "next Tuesday", iso: "2024-10-22"),
        Form(text: "He arrives this coming Monday.", surface: "this coming Monday", iso: "2024-10-21"),
        Form(text: "The exercises will be held on Friday.", surface: "Friday", iso: "2024-10-18"),
        Form(text: "The exercises were held on Friday.", surface: "Friday", iso: "2024-10-11"),
        Form(text: "On Monday, she will sign it.", surface: "Monday", iso: "2024-10-21"),
        Form(text: "It was signed last week.", surface: "last week", iso: "2024-10-07", granularity: .week),
        Form(text: "It is signed this week.", surface: "this week", iso: "2024-10-14", granularity: .week),
        Form(text: "It will be signed next week.", surface: "next week", iso: "2024-10-21", granularity: .week),
        Form(text: "It was signed last month.", surface: "last month", iso: "2024-09", granularity: .month),
        Form(text: "It will be signed next month.", surface: "next month", iso: "2024-11", granularity: .month),
        Form(
            text: "It was signed earlier this month.", surface: "earlier this month", iso: "2024-10",
            granularity: .month),
        Form(text: "It was signed last year.", surface: "last year", iso: "2023", granularity: .year),
        Form(text: "It is signed this year.", surface: "this year", iso: "2024", granularity: .year),
        Form(text: "It will be signed next year.", surface: "next year", iso: "2025", granularity: .year),
        Form(text: "It was signed late last year.", surface: "late last year", iso: "2023", granularity: .year),
        Form(text: "It was signed two days ago.", surface: "two days ago", iso: "2024-10-13"),
        Form(text: "It was signed 3 days ago.", surface: "3 days ago", iso: "2024-10-12"),
        Form(
            text: "It was signed three weeks ago.", surface: "three weeks ago", iso: "2024-09-24", granularity: .week),
        Form(text: "It was signed two months ago.", surface: "two months ago", iso: "2024-08", granularity: .month),
        Form(text: "It was signed a year ago.", surface: "a year ago", iso: "2023", granularity: .year),
        Form(text: "Yesterday's vote passed.", surface: "Yesterday", iso: "2024-10-14"),
    ]

    @Test(arguments: relativeForms)
    func resolvesRelativeForm(_ form: Form) throws {
        let mention = try Self.only(form.text)
        #expect(mention.surface == form.surface)
        #expect(mention.date.iso8601 == form.iso)
        #expect(mention.granularity == form.granularity)
        #expect(mention.isRelative)
    }

    static let absoluteForms: [Form] = [
        Form(text: "on Monday, October 15th, 2024 it began", surface: "October 15th, 2024", iso: "2024-10-15"),
        Form(text: "It began October 15th.", surface: "October 15th", iso: "2024-10-15"),
        Form(text: "It began on Oct. 13 in Berlin.", surface: "Oct. 13", iso: "2024-10-13"),
        Form(text: "It began on the 13th of October.", surface: "13th of October", iso: "2024-10-13"),
        Form(text: "It began on 14 October in Berlin.", surface: "14 October", iso: "2024-10-14"),
        Form(text: "It began on October 1st, 2023.", surface: "October 1st, 2023", iso: "2023-10-01"),
        Form(text: "published on Oct.\n14. The", surface: "Oct.\n14", iso: "2024-10-14"),
        Form(text: "The election on November 5 looms.", surface: "November 5", iso: "2024-11-05"),
        Form(
            text: "Posted 15 October 2024 10:12", surface: "15 October 2024 10:12", iso: "2024-10-15T10:12",
            granularity: .time),
        Form(text: "date 2024-10-15 NATO", surface: "2024-10-15", iso: "2024-10-15"),
        Form(text: "on Tuesday, October 15 it began", surface: "Tuesday, October 15", iso: "2024-10-15"),
    ]

    @Test(arguments: absoluteForms)
    func readsAbsoluteForm(_ form: Form) throws {
        let mentions = DateMentionResolver(reference: Self.reference).dates(in: form.text)
        let mention = try #require(mentions.last)
        #expect(mention.surface == form.surface)
        #expect(mention.date.iso8601 == form.iso)
        #expect(mention.granularity == form.granularity)
        #expect(!mention.isRelative)
        #expect(scalarSlice(form.text, mention.start, mention.end) == mention.surface)
    }

    @Test func yearOfMonthDayIsInferredOrWritten() throws {
        #expect(try Self.only("It began Oct. 13.").isYearInferred)
        #expect(try !Self.only("It began Oct. 13, 2024.").isYearInferred)
        // A month-day far ahead of the reference belongs to the year before.
        #expect(try Self.only("It began on Dec. 28.", reference: Self.newYear).date.iso8601 == "2024-12-28")
    }

    static let yearForms: [Form] = [
        Form(text: "deployed in 2026 to Germany", surface: "2026", iso: "2026", granularity: .year),
        Form(text: "deployed since 2014 in Germany", surface: "2014", iso: "2014", granularity: .year),
        Form(text: "deployed by 2030 at the latest", surface: "2030", iso: "2030", granularity: .year),
        Form(text: "deployed in mid-2025 at the latest", surface: "2025", iso: "2025", granularity: .year),
        Form(text: "deployed by the end of 2024 at the latest", surface: "2024", iso: "2024", granularity: .year),
        Form(text: "deployed in early 2026 at the latest", surface: "2026", iso: "2026", granularity: .year),
        Form(text: "deployed temporarily starting in 2026", surface: "2026", iso: "2026", granularity: .year),
    ]

    @Test(arguments: yearForms)
    func readsYearAlone(_ form: Form) throws {
        for reference in [Self.reference, nil] {
            let mention = try Self.only(form.text, reference: reference)
            #expect(mention.surface == form.surface)
            #expect(mention.date.iso8601 == form.iso)
            #expect(mention.date.precision == .year)
        }
    }

    @Test func readsYearRange() {
        let mentions = DateMentionResolver(reference: nil).dates(in: "He served as prime minister from 2010 to 2024.")
        #expect(mentions.map(\.date.iso8601) == ["2010", "2024"])
        #expect(mentions.allSatisfy { $0.eventTerms.contains(Stemmer.stem("minister")) })
    }

    @Test(arguments: ["The 2024 election was close.", "It sent 2000 troops.", "It reached a total of 2026 units."])
    func skipsYearsWithoutDateContext(_ text: String) {
        #expect(DateMentionResolver(reference: Self.reference).dates(in: text).isEmpty)
    }

    @Test(arguments: [
        (Self.reference, "announced in July", "2024-07"), (Self.reference, "announced in December", "2024-12"),
        (Self.reference, "announced since March", "2024-03"), (Self.newYear, "announced in December", "2024-12"),
        (Self.newYear, "announced in January", "2025-01"), (Self.newYear, "announced in March", "2025-03"),
        (Self.newYear, "announced in April", "2024-04"), (Self.newYear, "announced last December", "2024-12"),
        (Self.newYear, "announced next January", "2026-01"), (Self.newYear, "announced last month", "2024-12"),
        (Self.newYear, "announced last week", "2024-12-30"), (Self.newYear, "announced on Monday", "2025-01-06"),
        (Self.newYear, "announced yesterday", "2025-01-09"), (Self.newYear, "announced last year", "2024"),
    ])
    func resolvesAcrossYearBoundary(_ reference: PublicationDate, _ text: String, _ iso: String) throws {
        #expect(try Self.only(text, reference: reference).date.iso8601 == iso)
    }

    @Test(arguments: ["It was in the Sunday Times.", "They meet every Monday.", "Shops opened on Black Friday."])
    func skipsWeekdaysThatNameThings(_ text: String) {
        #expect(DateMentionResolver(reference: Self.reference).dates(in: text).isEmpty)
    }

    @Test func monthAloneNeedsDateContext() {
        let resolver = DateMentionResolver(reference: Self.reference)
        #expect(resolver.dates(in: "He may go. May was warm.").isEmpty)
        #expect(resolver.dates(in: "It opened in May.").map(\.date.iso8601) == ["2024-05"])
    }

    @Test(arguments: [
        "He left yesterday.", "They met on Monday.", "It began on Oct. 13.", "It was announced in July.",
        "It was signed last week.", "It was signed two days ago.", "It was signed earlier this month.",
    ])
    func skipsRelativeDatesWithoutReference(_ text: String) {
        #expect(DateMentionResolver(reference: nil).dates(in: text).isEmpty)
    }

    @Test func keepsAbsoluteDatesWithoutReference() {
        let mentions = DateMentionResolver(reference: nil).dates(in: "It began on October 15, 2024, yesterday.")
        #expect(mentions.map(\.date.iso8601) == ["2024-10-15"])
    }

    @Test func weekdayBeforeDateOfAnotherWeekdayGivesTwoMentions() throws {
        let text = "he told Reuters in a joint interview with public radio on Monday., October 15th."
        let mentions = DateMentionResolver(reference: Self.reference).dates(in: text)
        try #require(mentions.count == 2)
        #expect(mentions[0].surface == "Monday")
        #expect(mentions[0].date.iso8601 == "2024-10-14")
        #expect(mentions[0].isRelative)
        #expect(mentions[1].surface == "October 15th")
        #expect(mentions[1].date.iso8601 == "2024-10-15")
        #expect(mentions[0].eventTerms.contains(Stemmer.stem("interview")))
        #expect(mentions[1].eventTerms == mentions[0].eventTerms)
        for mention in mentions { #expect(scalarSlice(text, mention.start, mention.end) == mention.surface) }
    }

    @Test func eventTermsComeFromTheClauseBeforeTheDate() throws {
        let interview = try Self.only("Rutte said during a joint interview with Reuters on Oct.\n13. Despite it")
        #expect(interview.eventTerms.contains(Stemmer.stem("interview")))
        #expect(interview.eventTerms.last == Stemmer.stem("reuters"))
        #expect(interview.eventTerms.count <= 6)
        let visit = try Self.only("The visit, which took place on 14 October, was short.")
        #expect(visit.eventTerms == ["took", "place"])
        let election = try Self.only("In Berlin, the election is on November 5.")
        #expect(election.eventTerms == [Stemmer.stem("election")])
        #expect(try Self.only("Yesterday it rained.").eventTerms.isEmpty)
    }

    @Test func offsetsMatchSurfaceAfterWideScalars() {
        let text = "🇺🇦 “Über” — he spoke on Oct.\n14 and yesterday, and will return in 2026."
        let mentions = DateMentionResolver(reference: Self.reference).dates(in: text)
        #expect(mentions.map(\.surface) == ["Oct.\n14", "yesterday", "2026"])
        for mention in mentions { #expect(scalarSlice(text, mention.start, mention.end) == mention.surface) }
    }
}
