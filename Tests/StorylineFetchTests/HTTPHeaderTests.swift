import Foundation
import Testing

@testable import StorylineFetch

@Suite struct HTTPHeaderTests {
    @Test(
        arguments: [
            ("text/html; charset=\"Windows-1251\"", "text/html", "windows-1251"),
            ("TEXT/HTML;CHARSET=utf-8", "text/html", "utf-8"),
            ("application/xhtml+xml", "application/xhtml+xml", nil),
            ("text/html; boundary=x; charset=koi8-r", "text/html", "koi8-r"),
        ] as [(String, String, String?)])
    func contentTypeGivesMediaTypeAndCharset(header: String, mediaType: String, charset: String?) throws {
        let type = try #require(ContentType(header))
        #expect(type.mediaType == mediaType)
        #expect(type.charset == charset)
        #expect(type.isHTML)
    }

    @Test func aContentTypeWithoutSlashIsNone() {
        #expect(ContentType("html") == nil)
        #expect(ContentType("application/pdf")?.isHTML == false)
    }

    @Test func retryAfterReadsSecondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_445_412_480)  // Wed, 21 Oct 2015 07:28:00 GMT
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:29:30 GMT", now: now) == 90)
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
    }

    @Test func backoffDoublesWithJitterAndHonoursRetryAfter() {
        var configuration = FetcherConfiguration()
        configuration.retryBaseDelay = 1
        configuration.retryMaximumDelay = 5
        let policy = RetryPolicy(configuration)
        for _ in 0..<20 {
            #expect((0.5...1).contains(policy.delay(afterTry: 1, retryAfter: nil)))
            #expect((1...2).contains(policy.delay(afterTry: 2, retryAfter: nil)))
            #expect((2.5...5).contains(policy.delay(afterTry: 6, retryAfter: nil)))
            #expect(policy.delay(afterTry: 1, retryAfter: 7) == 7)
        }
    }

    @Test func configurationProblemsAreNamed() {
        var configuration = FetcherConfiguration()
        #expect(configuration.problems().isEmpty)
        configuration.timeout = 0
        configuration.retries = -1
        #expect(configuration.problems().count == 2)
        configuration = FetcherConfiguration()
        configuration.userAgent = "MyBot/2 (+https://x)"
        #expect(configuration.robotsToken == "MyBot")
    }
}
