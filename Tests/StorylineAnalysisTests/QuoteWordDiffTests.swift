import Testing

@testable import StorylineAnalysis

struct QuoteWordDiffTests {
    @Test(arguments: [
        ("we will win", "we will win", ["=we will win"]),
        ("we will win", "we shall win", ["=we", "-will", "+shall", "=win"]),
        ("we will win", "we will surely win", ["=we will", "+surely", "=win"]),
        ("we will surely win", "we win", ["=we", "-will surely", "=win"]),
        ("", "new words", ["+new words"]),
        ("old words", "", ["-old words"]),
    ])
    func operations(base: String, other: String, expected: [String]) {
        let operations = WordDiff.operations(from: WordDiff.words(in: base), to: WordDiff.words(in: other))
        let symbols: [WordDiffOperation.Kind: String] = [.equal: "=", .delete: "-", .insert: "+"]
        #expect(operations.map { symbols[$0.kind]! + $0.words.joined(separator: " ") } == expected)
    }

    @Test func wordsFoldCaseAndApostrophes() {
        #expect(WordDiff.words(in: "What’s NEXT, “Ana”?") == ["what's", "next", "ana"])
    }
}
