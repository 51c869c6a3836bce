import StorylineGrouping
import Testing

@Suite("Shingle hashes")
struct ShingleHasherTests {
    func hashes(_ text: String, size: Int = 3) -> [UInt64] {
        var result: [UInt64] = []
        ShingleHasher(shingleSize: size).forEachShingle(in: text) { result.append($0) }
        return result
    }

    func words(_ text: String) -> [UInt64] { hashes(text, size: 1) }

    @Test(
        "case, punctuation and spacing do not change shingles",
        arguments: [
            ("The quick brown fox jumps", "the QUICK, brown — fox… jumps!"),
            ("Müller sagte: «Nein»", "MÜLLER   sagte nein"),
            ("ΣΊΣΥΦΟΣ ήρθε", "σίσυφοσ ήρθε"),
            ("привет мир сегодня", "ПРИВЕТ, МИР — сегодня."),
            ("a\u{2009}b\u{00A0}c", "a b c"),
            ("“quoted” words here", "quoted words here"),
        ])
    func insensitivity(pair: (String, String)) {
        #expect(hashes(pair.0) == hashes(pair.1))
    }

    @Test("different words give different shingles")
    func differentWords() {
        #expect(hashes("the quick brown fox") != hashes("the quick brown cat"))
        #expect(words("über") != words("uber"))
    }

    @Test(
        "an apostrophe between letters stays in the word, elsewhere it separates",
        arguments: [
            ("don't", ["don't"]),
            ("don’t", ["don't"]),
            ("rock'n'roll", ["rock'n'roll"]),
            ("'quoted'", ["quoted"]),
            ("dogs' bowls", ["dogs", "bowls"]),
            ("‘single’ quotes", ["single", "quotes"]),
        ])
    func apostrophes(text: String, expected: [String]) {
        #expect(words(text) == expected.flatMap { words($0) })
        #expect(words(text).count == expected.count)
    }

    @Test("the apostrophe is part of the word")
    func apostropheIsKept() {
        #expect(words("dont") != words("don't"))
        #expect(words("don't") == words("DON’T"))
    }

    @Test(
        "Han, kana and Hangul characters are one word each",
        arguments: [
            ("日本語", 3), ("中文新闻", 4), ("한국어", 3), ("カタカナ", 4), ("東京タワー", 5), ("日本 語", 3), ("abc日本def", 4),
        ])
    func unspacedScripts(text: String, count: Int) {
        #expect(words(text).count == count)
    }

    @Test("Chinese words match across punctuation")
    func chinesePunctuation() {
        #expect(words("中文，新闻。") == words("中文新闻"))
    }

    @Test(
        "letters and digits of every script are words; symbols are not",
        arguments: [
            ("١٢٣ مرحبا", 2), ("½ Ⅻ", 2), ("🙂 ★ + = #", 0), ("x🙂y", 2), ("𝔘𝔫𝔦 𠀀", 2),
        ])
    func wordCharacters(text: String, count: Int) {
        #expect(words(text).count == count)
    }

    @Test("a text shorter than one shingle gives one shingle; no words give none")
    func shortTexts() {
        #expect(hashes("two words", size: 5).count == 1)
        #expect(hashes("two words", size: 5) != hashes("two", size: 5))
        #expect(hashes("", size: 5).isEmpty)
        #expect(hashes(" ,.;!? — ", size: 5).isEmpty)
        #expect(hashes("one two three four five six", size: 5).count == 2)
    }

    @Test("shingles are consecutive words: the rolling hash equals a fresh hash of each window")
    func rollingWindows() {
        let text = "alpha beta gamma delta epsilon zeta eta theta"
        let all = hashes(text, size: 3)
        let names = text.split(separator: " ")
        #expect(all.count == names.count - 2)
        for start in 0...(names.count - 3) {
            #expect(all[start] == hashes(names[start..<(start + 3)].joined(separator: " "), size: 3).first)
        }
    }

    @Test("the fast scanner gives the reference scanner's hashes", arguments: [1, 3, 5, 9])
    func matchesReference(size: Int) {
        var random = TestTexts(seed: UInt64(size))
        let fast = ShingleHasher(shingleSize: size)
        let reference = ReferenceShingleHasher(shingleSize: size)
        for round in 0..<400 {
            let text = random.mixedText(pieces: 1 + round % 120)
            var expected: [UInt64] = []
            reference.forEachShingle(in: text) { expected.append($0) }
            var actual: [UInt64] = []
            fast.forEachShingle(in: text) { actual.append($0) }
            #expect(actual == expected, "text: \(text)")
        }
    }

    @Test("the fast scanner agrees with the reference on invalid UTF-8")
    func invalidUTF8() {
        var random = TestTexts(seed: 99)
        let fast = ShingleHasher(shingleSize: 2)
        let reference = ReferenceShingleHasher(shingleSize: 2)
        for round in 0..<300 {
            let bytes = random.bytes(count: 1 + round % 70)
            var expected: [UInt64] = []
            var actual: [UInt64] = []
            bytes.withUnsafeBufferPointer { buffer in
                reference.forEachShingle(inUTF8: buffer) { expected.append($0) }
                fast.forEachShingle(inUTF8: buffer) { actual.append($0) }
            }
            #expect(actual == expected, "bytes: \(bytes)")
        }
    }

    @Test(
        "long words cross the 8-byte lanes the same way in both scanners",
        arguments: [
            "abcdefgh", "abcdefghi", "abcdefghijklmnopq", "äbcdefghijklmnöp", "abcdefgé", "日本abcdefghijkl",
            "abcdefg’hijklmno", "0123456789abcdef0123", "a'bcdefghijklmn'opqrst",
        ])
    func longWords(word: String) {
        for prefix in ["", "x ", "xy, ", "xyz—"] {
            let text = prefix + word + " tail"
            var expected: [UInt64] = []
            ReferenceShingleHasher(shingleSize: 1).forEachShingle(in: text) { expected.append($0) }
            #expect(words(text) == expected, "text: \(text)")
        }
    }

    @Test("shingle sizes outside 1...64 are refused with a typed error", arguments: [0, -1, 65, 1000])
    func invalidSizes(size: Int) {
        #expect(throws: FingerprintError.self) { try ShingleHasher.validate(shingleSize: size) }
        do {
            try ShingleHasher.validate(shingleSize: size)
        } catch {
            #expect(error.code == .shingleSize)
            #expect(error.message.contains(String(size)))
        }
    }

    @Test("valid shingle sizes pass", arguments: [1, 5, 64])
    func validSizes(size: Int) throws {
        try ShingleHasher.validate(shingleSize: size)
    }
}
