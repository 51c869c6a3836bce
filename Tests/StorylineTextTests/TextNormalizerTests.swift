import Foundation
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

    /// The fast path skips NFKC only for scalars NFKC leaves alone, standing alone or after letters.
    @Test func compatibilityStableScalarsAreLeftAloneByNFKC() {
        var checked = 0
        for value in UInt32(0x80)...0x3000 where TextNormalizer.isCompatibilityStable(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(scalar) + "e" + String(scalar) + String(scalar)
            #expect(text.precomposedStringWithCompatibilityMapping == text, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 700)
    }

    /// Same results as NFKC between two folds done scalar by scalar (the definition), on mixed text.
    @Test(arguments: [
        "Plain text… with an ellipsis … and “quotes” – dashes",
        "Ærøskøbing, Łódź, Zürich, Ĳssel, ﬁle, ŉ, ǅ and 5½ km²",
        "Москва — «Известия»: 10 000 ₽ … ЁЖИК",
        "Ελλάδα · Αθήνα; τό",
        "東京　（とうきょう）、ｶﾀｶﾅ ﾊﾞ",
        "Cafe\u{0301} e\u{0308} 한국어 ᄀ\u{1161}",
        "tab\tand\u{2028}line\u{0085}breaks\u{00A0}\u{00A0}twice",
        "™ ℃ № ½ ¼ µ ª º ¹ ² ³ ¨ ¯ ´ ¸ ₨ …",
    ])
    func matchesTheScalarDefinition(text: String) {
        for collapse in [false, true] {
            let normalizer = TextNormalizer(collapseWhitespace: collapse)
            #expect(normalizer.normalize(text) == Self.reference(text, collapsing: collapse))
        }
    }

    /// The normaliser as first written: fold, NFKC, fold, each scalar by scalar.
    static func reference(_ text: String, collapsing: Bool) -> String {
        func fold(_ text: String, collapsing: Bool) -> String {
            var output = String.UnicodeScalarView()
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                let mapped: Unicode.Scalar?
                if scalar.value < 0x80 {
                    mapped = scalar
                } else if scalar.isInvisibleFormat {
                    mapped = nil
                } else if scalar.isDoubleQuoteVariant {
                    mapped = "\""
                } else if scalar.isSingleQuoteVariant {
                    mapped = "'"
                } else if scalar.properties.generalCategory == .spaceSeparator {
                    mapped = " "
                } else if scalar.isDashVariant {
                    mapped = "-"
                } else {
                    mapped = scalar
                }
                guard let mapped else { continue }
                if collapsing && mapped.isSpaceScalar {
                    pendingSpace = !output.isEmpty
                    continue
                }
                if pendingSpace {
                    output.append(" ")
                    pendingSpace = false
                }
                output.append(mapped)
            }
            return String(output)
        }
        return fold(fold(text, collapsing: false).precomposedStringWithCompatibilityMapping, collapsing: collapsing)
    }
}
