import StorylineCore
import Testing

@testable import StorylineExtract

/// One written date and what it must read as.
struct DateCase: Sendable, CustomTestStringConvertible {
    var text: String
    var expected: String?
    var matched: String?
    var referenceYear: Int?

    init(_ text: String, _ expected: String?, matched: String? = nil, year: Int? = nil) {
        self.text = text
        self.expected = expected
        self.matched = matched
        self.referenceYear = year
    }

    var testDescription: String { text }
}

@Suite struct DateTextParserTests {
    static let cases: [DateCase] = [
        DateCase("Oct 15, 2024 - 12:00", "2024-10-15T12:00", matched: "Oct 15, 2024 - 12:00"),
        DateCase("Oct 15, 2024\u{A0}-\u{A0}12:00", "2024-10-15T12:00"),
        DateCase("date 2024-10-15 NATO chief", "2024-10-15", matched: "2024-10-15"),
        DateCase("15 October 2024 10:12", "2024-10-15T10:12", matched: "15 October 2024 10:12"),
        DateCase("October 15, 2024", "2024-10-15"),
        DateCase("Published 15.10.2024, 09:30", "2024-10-15T09:30", matched: "15.10.2024, 09:30"),
        DateCase("2024/10/15", "2024-10-15"),
        DateCase("published on Oct.\n14. The message", "2024-10-14", matched: "Oct.\n14", year: 2024),
        DateCase("on October 14 in Wiesbaden", "2024-10-14", year: 2024),
        DateCase("on Oct. 14 in Wiesbaden", nil),
        DateCase("2024-10-15T10:12:00+02:00", "2024-10-15T10:12:00+02:00"),
        DateCase("2024-10-15T08:12Z", "2024-10-15T08:12Z"),
        DateCase("2024-10-15 10:12", "2024-10-15T10:12"),
        DateCase(
            "Tuesday, 15 October 2024 at 10:12 CET", "2024-10-15T10:12+01:00",
            matched: "Tuesday, 15 October 2024 at 10:12 CET"),
        DateCase("Tuesday, October 15, 2024", "2024-10-15", matched: "Tuesday, October 15, 2024"),
        DateCase("Oct. 15, 2024 3:45 p.m. ET", "2024-10-15T15:45", matched: "Oct. 15, 2024 3:45 p.m. ET"),
        DateCase("October 15, 2024, 12:05 AM", "2024-10-15T00:05"),
        DateCase("Dienstag, 15. Oktober 2024, 10:12 Uhr", "2024-10-15T10:12"),
        DateCase("le 15 octobre 2024 à 10h12", "2024-10-15T10:12"),
        DateCase("martes, 15 de octubre de 2024", "2024-10-15"),
        DateCase("15 ottobre 2024 ore 10:12", "2024-10-15T10:12"),
        DateCase("terça-feira, 15 de outubro de 2024", "2024-10-15"),
        DateCase("dinsdag 15 oktober 2024 om 10:12", "2024-10-15T10:12"),
        DateCase("15 października 2024 r., 10:12", "2024-10-15T10:12"),
        DateCase("Opublikowano: 1 lutego 2024", "2024-02-01"),
        DateCase("15 жовтня 2024, 12:00", "2024-10-15T12:00"),
        DateCase("12:00, 15 жовтня 2024", "2024-10-15T12:00", matched: "12:00, 15 жовтня 2024"),
        DateCase("15 октября 2024 года", "2024-10-15", matched: "15 октября 2024 года"),
        DateCase("вівторок, 15 жовтня 2024 р.", "2024-10-15", matched: "вівторок, 15 жовтня 2024 р."),
        DateCase("15 Ekim 2024 Salı 10:12", "2024-10-15"),
        DateCase("Selasa, 15 Oktober 2024 10:12 WIB", "2024-10-15T10:12+07:00"),
        DateCase("Jakarta, 15 Okt 2024", "2024-10-15"),
        DateCase("10/15/2024", "2024-10-15"),
        DateCase("15/10/2024", "2024-10-15"),
        DateCase("15.10.24", "2024-10-15"),
        DateCase("the 15th of October 2024", "2024-10-15"),
        DateCase("Monday., October 15th.", "2024-10-15", year: 2024),
        DateCase("October 2024", "2024-10"),
        DateCase("Updated 2024-10-15 10:12:30 UTC", "2024-10-15T10:12:30Z"),
        DateCase("15 Oct 2024 10:12 GMT+2", "2024-10-15T10:12+02:00"),
        DateCase("some 15 out of 20 people", nil, year: 2024),
        DateCase("the version 1.15.10.2024 build", nil),
        DateCase("about 500 kilometers from Berlin", nil),
        DateCase("from 2010 to 2024", nil),
        DateCase("it may 15 times", nil, year: 2024),
        DateCase("31 February", nil, year: 2024),
    ]

    @Test(arguments: cases)
    func readsFormat(_ row: DateCase) {
        let match = DateTextParser().firstDate(in: row.text, referenceYear: row.referenceYear)
        #expect(match?.date.iso8601 == row.expected)
        if let match, let matched = row.matched {
            let scalars = Array(row.text.unicodeScalars)
            var found = String.UnicodeScalarView()
            found.append(contentsOf: scalars[match.start..<match.end])
            #expect(String(found) == matched)
        }
    }

    @Test func precisionFollowsTheText() {
        let parser = DateTextParser()
        #expect(parser.firstDate(in: "15 October 2024")?.date.precision == .day)
        #expect(parser.firstDate(in: "15 October 2024 10:12")?.date.precision == .minute)
        #expect(parser.firstDate(in: "Oct. 14", referenceYear: 2024)?.date.precision == .day)
    }

    @Test func findsAllDatesInOrder() {
        let text = "Published 15 October 2024, updated 16.10.2024 08:00. The talks of 14 October were long."
        let dates = DateTextParser().allDates(in: text, referenceYear: 2024)
        #expect(dates.map(\.date.dayString) == ["2024-10-15", "2024-10-16", "2024-10-14"])
        #expect(dates.dropFirst().first?.date.precision == .minute)
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Ukraine’s “victory” — 15 жовтня 2024"
        let match = DateTextParser().firstDate(in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(match.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == "15 жовтня 2024")
    }
}
