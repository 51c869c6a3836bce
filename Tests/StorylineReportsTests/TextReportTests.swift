import StorylineReports
import Testing

@Suite("TextReport")
struct TextReportTests {
    @Test func plainHasNoEscapeSequences() {
        let text = TextReport(color: false).render(SampleReport.report)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("removed [donation-appeal]"))
        #expect(text.contains("DISCREPANCIES"))
    }

    @Test func colourUsesEscapeSequences() {
        let text = TextReport(color: true).render(SampleReport.report)
        #expect(text.contains("\u{1B}[1m"))
        #expect(text.contains("\u{1B}[0m"))
    }
}
