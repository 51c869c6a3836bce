import Testing

@testable import StorylineText

@Suite struct ScalarWordClassesTests {
    @Test func lowerCasingAgreesWithTheStandardLibraryOnEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(String.UnicodeScalarView([scalar]))
            if ScalarWordClasses.lowercasedString(text) != text.lowercased() { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func lowerCasingAgreesOnWordsAndSubstrings() {
        for word in ["ΣΑΣ ὈΔΥΣΣΕΎΣ", "İstanbul", "ÜBER", "Zürich’s", "КИЇВ", "e\u{301}TÉ", "ǅemal", "ﬁ", "ŉ"] {
            #expect(ScalarWordClasses.lowercasedString(word) == word.lowercased())
            #expect(ScalarWordClasses.lowercasedString(word.dropFirst()) == word.dropFirst().lowercased())
        }
    }
}

@Suite struct ScalarNumericTests {
    @Test func numericBitsAgreeWithTheScalarProperty() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ScalarWordClasses.isNumeric(scalar) != (scalar.properties.numericType != nil) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }
}
