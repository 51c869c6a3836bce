import StorylineText
import Testing

@testable import StorylineGrouping

struct TermExtractorTests {
    static let text = """
        NATO's chief said on Monday that the Alliance's 700 troops were training in Wiesbaden. \
        Officials expected elections; the singer's managers cancelled shows in Zürich and Kraków. \
        "We will do what's necessary," he said. Übergangsregierung beschließt Maßnahmen.
        """

    /// Without display strings, ASCII words take a byte path; it must give the same terms as the
    /// general path that builds strings (used when display strings are asked for).
    @Test func theByteAndStringPathsAgree() {
        let extractor = TermExtractor()
        let fast = extractor.terms(title: "NATO stands firm in Wiesbaden", text: Self.text)
        let general = extractor.terms(title: "NATO stands firm in Wiesbaden", text: Self.text, display: true)
        #expect(fast.terms == general.terms)
        #expect(fast.codes == general.codes)
        #expect(!fast.terms.isEmpty)
    }

    @Test(arguments: [
        ("elections", "election"), ("training", "train"), ("expected", "expect"), ("shows", "show"),
        ("nato's", "nato"), ("is", "is"), ("administration", "administ"), ("übergangsregierung", "übergang"),
        ("ходатайства", "ходатайс"),
    ])
    func stemsAgreeOnStringsAndBytes(word: String, stem: String) {
        #expect(Stemmer.stem(word) == stem)
        let bytes = Array(word.utf8)
        let length = bytes.withUnsafeBufferPointer { Stemmer.stemLength(utf8: $0) }
        #expect(String(decoding: bytes[..<length], as: UTF8.self) == stem)
    }
}
