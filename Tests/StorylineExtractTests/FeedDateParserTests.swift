import Testing

@testable import StorylineExtract

@Suite("FeedDateParser")
struct FeedDateParserTests {
    @Test(arguments: [
        ("Mon, 14 Oct 2024 09:30:00 +0200", "2024-10-14T09:30:00+02:00"),
        ("Mon, 14 Oct 2024 09:30:00 GMT", "2024-10-14T09:30:00Z"),
        ("Mon, 14 Oct 2024 09:30:00 UT", "2024-10-14T09:30:00Z"),
        ("Mon, 14 Oct 2024 09:30:00 EDT", "2024-10-14T09:30:00-04:00"),
        ("Tue, 5 Nov 2024 18:00:00 PST", "2024-11-05T18:00:00-08:00"),
        ("14 Oct 2024 09:30 +0530", "2024-10-14T09:30+05:30"),
        ("Monday, 14 October 2024 09:30:00 -0000", "2024-10-14T09:30:00Z"),
        ("Mon,14 Sept 2024 9:05:07 CEST", "2024-09-14T09:05:07+02:00"),
        ("Mon, 14 Oct 24 09:30:00 +0200", "2024-10-14T09:30:00+02:00"),
        ("Mon, 14 Oct 2024 09:30:00 +0200 (CEST)", "2024-10-14T09:30:00+02:00"),
        ("Mon, 14 Oct 2024 09:30:00 IST", "2024-10-14T09:30:00"),
        ("Mon, 14 Oct 2024 09:30:00 A", "2024-10-14T09:30:00"),
        ("14 Oct 2024", "2024-10-14"),
        ("2024-10-14T09:30:00Z", "2024-10-14T09:30:00Z"),
        ("2024-10-14T09:30:00.123+02:00", "2024-10-14T09:30:00+02:00"),
        ("2024-10-14T09:30:00+0200", "2024-10-14T09:30:00+02:00"),
        ("2024-10-14 09:30:00", "2024-10-14T09:30:00"),
        ("  2024-10-14  ", "2024-10-14"),
        ("14 października 2024", "2024-10-14"),
    ])
    func readsFeedDates(text: String, expected: String) {
        #expect(FeedDateParser.date(from: text)?.iso8601 == expected)
    }

    @Test(arguments: [
        "", "soon", "Mon, 32 Oct 2024 09:30:00 GMT", "Mon, 14 Foo 2024 09:30:00 GMT", "Mon, 14 Oct 2024 25:99",
    ])
    func refusesWhatIsNotADate(text: String) {
        #expect(FeedDateParser.rfc822(text) == nil)
    }
}
