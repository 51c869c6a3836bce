import Testing

@testable import StorylineText

@Suite("TextNormalizer")
struct TextNormalizerTests {
    @Test(
        "folds typographic variants",
        arguments: [
            ("“Hello,” she said", "\"Hello,\" she said"),
            ("„Nein“, sagte er", "\"Nein\", sagte er"),
            ("«Oui» et ‹non›", "\"Oui\" et 'non'"),
            ("it’s ‘fine’ ‚ja‘ ‛x’", "it's 'fine' 'ja' 'x'"),
            ("5′ 11″", "5' 11\""),
            ("2019–2020 — yes ― no − 3 ‐ ‑ ‒ ﹘", "2019-2020 - yes - no - 3 - - - -"),
            ("a\u{00A0}b\u{2009}c\u{3000}d\u{202F}e\u{2003}f", "a b c d e f"),
            ("zero\u{200B}width\u{00AD}soft\u{FEFF}bom\u{2060}join", "zerowidthsoftbomjoin"),
            ("ﬁnance Ｆｕｌｌ ①", "finance Full 1"),
            ("Cafe\u{0301}", "Café"),
        ])
    func folds(input: String, expected: String) {
        #expect(TextNormalizer().normalize(input) == expected)
    }

    @Test func keepsLineBreaksUnlessCollapsing() {
        let text = "  One\u{00A0}\u{00A0}two\n\n\tthree  "
        #expect(TextNormalizer().normalize(text) == "  One  two\n\n\tthree  ")
        #expect(TextNormalizer(collapseWhitespace: true).normalize(text) == "One two three")
    }

    @Test func leavesPlainASCIIAlone() {
        let text = "Plain ASCII text, with \"quotes\" - and 3.5 numbers."
        #expect(TextNormalizer().normalize(text) == text)
        #expect(TextNormalizer().normalize("") == "")
    }

    @Test func normalizedFormsOfTheSameSentenceAreEqual() {
        let typographic = "Die Regierung sagte: „Wir\u{00A0}werden – wie versprochen – handeln.“"
        let plain = "Die Regierung sagte: \"Wir werden - wie versprochen - handeln.\""
        #expect(TextNormalizer().normalize(typographic) == TextNormalizer().normalize(plain))
    }
}
