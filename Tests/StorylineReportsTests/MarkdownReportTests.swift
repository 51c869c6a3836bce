import Testing

@testable import StorylineReports

@Suite("MarkdownReport")
struct MarkdownReportTests {
    static let markdown = MarkdownReport().render(SampleReport.report)

    @Test func hasTheStoryHeadingAndEverySection() {
        let lines = Self.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Storyline report")
        #expect(lines.contains(#"## Harbour bridge reopens \| \*after\* repairs"#))
        let sections = lines.filter { $0.hasPrefix("### ") }
        #expect(
            sections == [
                "### Summary", "### Common to several sources", "### Only in one source", "### Left out", "### Quotes",
                "### Discrepancies", "### Timeline", "### Entities",
            ])
        #expect(lines.contains("| Key | Outlet | Title | Published | Language | Id |"))
    }

    @Test func escapesArticleText() {
        #expect(Self.markdown.contains(#"Engineers replaced 40 cables \| the old ones had rusted."#))
        #expect(Self.markdown.contains(#"Critics say the \_repairs\_ cost twice the budget \<script\>"#))
        // No `<` is left unescaped, so no HTML from an article reaches a renderer.
        #expect(!Self.markdown.replacingOccurrences(of: #"\<"#, with: "").contains("<"))
        // Every table row keeps its six (sources) or four (timeline) columns.
        for row in Self.markdown.split(separator: "\n") where row.hasPrefix("| ") {
            let cells = row.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count - 1
            #expect(cells == 6 || cells == 4, "\(row)")
        }
    }

    @Test func showsRemovedBoilerplateCopyChainsAndKeys() {
        #expect(
            Self.markdown.contains(
                #"- [1] *donation-appeal*: Support local news \<script\>alert(1)\</script\> \| donate today"#))
        #expect(Self.markdown.contains("- [1] *related-links*: Related: Ferry fares rise"))
        #expect(Self.markdown.contains("- rewrite: [1] origin; [2] ← [1] (rewrite, 62%)"))
        #expect(Self.markdown.contains("1. The Harbour Bridge reopened on Monday after six weeks of repairs. [1][2]"))
        #expect(
            Self.markdown.contains(
                "[Harbour bridge reopens after \\*repairs\\*](https://herald.example/news/bridge?id=7&src=rss)"))
    }

    @Test func rendersQuoteDiffsAndDiscrepancies() {
        #expect(Self.markdown.contains("    - diff: The bridge is safe and ~~it is~~ open to ~~everyone.~~ **all,**"))
        #expect(Self.markdown.contains("*paraphrase presented as a quote*"))
        #expect(Self.markdown.contains("- **(unattributed)**"))
        #expect(Self.markdown.contains("- **date**: reopening"))
        #expect(Self.markdown.contains("  - 2024-10-14 (written “Monday”) [1]"))
        #expect(
            Self.markdown.contains("    - [2] “The Harbour Bridge reopened on Tuesday after six weeks of repairs.”"))
        #expect(
            Self.markdown.contains(
                "| 2024-10-14 | The Harbour Bridge reopened on Monday after six weeks of repairs. | [1][2] | **no** |"))
        #expect(Self.markdown.contains("- **person**: Ana Costa (mayor; also Anna Costa) [1][2]"))
    }

    @Test func saysSoWhenNothingWasRemoved() {
        var story = SampleReport.story
        story.articles = story.articles.map {
            var article = $0
            article.removed = []
            return article
        }
        let markdown = MarkdownReport().render(.init(stories: [story]))
        #expect(markdown.contains("**Removed by cleaning**\n\nNothing was removed from these sources."))
        #expect(MarkdownReport().render(.init(stories: [])) == "# Storyline report\n\nNo stories.\n")
    }

    @Test(arguments: [
        ("a | b", #"a \| b"#),
        ("*bold* _it_ `code`", #"\*bold\* \_it\_ \`code\`"#),
        ("[link](x) <b> #tag ~~s~~", ##"\[link\](x) \<b\> \#tag \~\~s\~\~"##),
        (#"back\slash & amp"#, #"back\\slash \& amp"#),
        ("- not a list", #"\- not a list"#),
        ("+1 vote", #"\+1 vote"#),
        ("2024. A year", #"2024\. A year"#),
        ("3) three", #"3\) three"#),
        ("1.5 million", #"1\.5 million"#),
        ("plain text, 40 cables.", "plain text, 40 cables."),
    ])
    func escapes(text: String, expected: String) {
        #expect(MarkdownReport.escape(text) == expected)
    }
}
