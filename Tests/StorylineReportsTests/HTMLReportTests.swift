import Foundation
import Testing

@testable import StorylineReports

@Suite("HTMLReport")
struct HTMLReportTests {
    static let html = HTMLReport().render(SampleReport.report)

    /// Opening and closing tags of the block elements, in document order: `section`, `/section` …
    static func blockTags(_ html: String) -> [String] {
        let names =
            "section|table|thead|tbody|tr|details|summary|article|header|main|ul|ol|li|dl|div|blockquote|html|head|body|style"
        let regex = try! NSRegularExpression(pattern: "<(/?)(\(names))[\\s>]")
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).map { match in
            (html[Range(match.range(at: 1), in: html)!] == "/" ? "/" : "")
                + String(html[Range(match.range(at: 2), in: html)!])
        }
    }

    @Test func isAStandalonePage() {
        #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(Self.html.contains("<meta charset=\"utf-8\">"))
        #expect(Self.html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(Self.html.contains("<style>"))
        #expect(!Self.html.contains("<link"))
        #expect(!Self.html.contains("<img"))
        #expect(!Self.html.contains("<script"))
        #expect(Self.html.hasSuffix("</html>\n"))
    }

    @Test func everyOpenedElementIsClosedInOrder() {
        let tags = Self.blockTags(Self.html)
        var stack: [String] = []
        for tag in tags {
            if tag.hasPrefix("/") {
                #expect(stack.last == String(tag.dropFirst()), "\(tag) closes \(stack.last ?? "nothing")")
                if !stack.isEmpty { stack.removeLast() }
            } else {
                stack.append(tag)
            }
        }
        #expect(stack.isEmpty, "unclosed: \(stack)")
        for name in ["section", "table", "details"] {
            #expect(tags.filter { $0 == name }.count == tags.filter { $0 == "/" + name }.count)
            #expect(tags.contains(name))
        }
    }

    @Test func escapesArticleText() {
        #expect(!Self.html.lowercased().contains("<script"))
        #expect(Self.html.contains("budget &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;."))
        #expect(Self.html.contains("Support local news &lt;script&gt;alert(1)&lt;/script&gt; | donate today"))
        #expect(Self.html.contains("<q>a &lt;b&gt;bold&lt;/b&gt; plan</q>"))
        #expect(Self.html.contains("href=\"https://herald.example/news/bridge?id=7&amp;src=rss\""))
    }

    @Test func showsSectionsKeysAndDiffs() {
        for title in [
            "Sources", "Summary", "Common to several sources", "Only in one source", "Left out", "Quotes",
            "Discrepancies", "Timeline", "Entities",
        ] {
            #expect(Self.html.contains("<h3>\(title)</h3>"), "\(title)")
        }
        #expect(Self.html.contains("<span class=\"key k1\" title=\"article a1 · scalars 0–65\">1</span>"))
        #expect(Self.html.contains("<span class=\"key k2\" title=\"article b2\">2</span>"))
        #expect(
            Self.html.contains("The bridge is safe and <del>it is</del> open to <del>everyone.</del> <ins>all,</ins>"))
        #expect(
            Self.html.contains(
                "<details class=\"removed\"><summary><span class=\"key k1\" title=\"article a1\">1</span> 2 passages: donation-appeal, related-links</summary>"
            ))
        #expect(Self.html.contains("<tr class=\"conflict\">"))
        #expect(
            Self.html.contains(
                "<strong class=\"value\">2024-10-14</strong> <span class=\"written\">written “Monday”</span>"))
        #expect(Self.html.contains("paraphrase presented as a quote"))
    }

    @Test func severalStoriesGetContentsLinkingToTheirAnchors() {
        var second = SampleReport.story
        second.id = "s 2/ferry"
        second.title = "Ferry <fares> rise"
        let html = HTMLReport().render(.init(stories: [SampleReport.story, second]))
        #expect(html.contains("<a href=\"#story-s-bridge\">Harbour bridge reopens | *after* repairs</a>"))
        #expect(html.contains("<a href=\"#story-s-2-ferry\">Ferry &lt;fares&gt; rise</a>"))
        #expect(html.contains("<article class=\"story\" id=\"story-s-2-ferry\">"))
        #expect(html.contains("<title>Storyline report</title>"))
    }

    @Test(arguments: [
        ("plain", "plain"),
        (#"<a href="x">Tom & Jerry's</a>"#, "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"),
        ("&amp;", "&amp;amp;"),
    ])
    func escapes(text: String, expected: String) {
        #expect(HTMLEscaping.escape(text) == expected)
    }
}
