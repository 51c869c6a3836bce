/// How much visible text each entry of a ``PageTree`` holds, counted from UTF-8 bytes.
///
/// `characters` counts Unicode scalars that are not white space (ASCII white space, no-break space
/// and zero-width characters are not counted); `linkCharacters` those inside `<a href>`; `commas`
/// Latin, CJK and Arabic commas. Counts of an element include its whole subtree, except entries the
/// `removed` mask leaves out.
struct PageTextCounts {
    private(set) var characters: [Int32]
    private(set) var linkCharacters: [Int32]
    private(set) var commas: [Int32]
    /// Sentence marks: `.`, `!`, `?` and their CJK forms.
    private(set) var sentenceMarks: [Int32]
    /// Whether some child of the element is a block element (so it is not itself one paragraph).
    private(set) var hasBlockChild: [Bool]

    init(tree: PageTree, removed: [Bool]? = nil) {
        let count = tree.count
        characters = [Int32](repeating: 0, count: count)
        linkCharacters = [Int32](repeating: 0, count: count)
        commas = [Int32](repeating: 0, count: count)
        sentenceMarks = [Int32](repeating: 0, count: count)
        hasBlockChild = [Bool](repeating: false, count: count)
        var inLink = [Bool](repeating: false, count: count)
        for index in 0..<count {
            let parent = Int(tree.parents[index])
            inLink[index] = (parent >= 0 && inLink[parent]) || tree.flags[index].contains(.link)
        }
        tree.textBytes.withUnsafeBufferPointer { bytes in
            for index in stride(from: count - 1, through: 0, by: -1) {
                if let removed, removed[index] { continue }
                if tree.tags[index] == .text {
                    let start = Int(tree.textStarts[index])
                    let (visible, commaCount, marks) = Self.count(bytes, start, start + Int(tree.textLengths[index]))
                    characters[index] = visible
                    commas[index] = commaCount
                    sentenceMarks[index] = marks
                    if inLink[index] { linkCharacters[index] = visible }
                }
                let parent = Int(tree.parents[index])
                guard parent >= 0 else { continue }
                characters[parent] += characters[index]
                linkCharacters[parent] += linkCharacters[index]
                commas[parent] += commas[index]
                sentenceMarks[parent] += sentenceMarks[index]
                let tag = tree.tags[index]
                if tag.isBlock && tag != .br && tag != .hr { hasBlockChild[parent] = true }
            }
        }
    }

    func linkDensity(_ index: Int) -> Double {
        characters[index] == 0 ? 0 : Double(linkCharacters[index]) / Double(characters[index])
    }

    /// Visible scalars, commas and sentence marks in `bytes[start..<end]`.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int32, Int32, Int32) {
        var visible: Int32 = 0
        var commas: Int32 = 0
        var marks: Int32 = 0
        var index = start
        while index < end {
            // Eight ASCII bytes at a time: count the bytes above space, the commas and the sentence marks.
            if index + 8 <= end {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    visible += Int32(((word &+ 0x5F5F_5F5F_5F5F_5F5F) & 0x8080_8080_8080_8080).nonzeroBitCount)
                    commas += Int32(equalBytes(word, 0x2C).nonzeroBitCount)
                    marks += Int32(
                        (equalBytes(word, 0x2E) | equalBytes(word, 0x21) | equalBytes(word, 0x3F)).nonzeroBitCount)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte > 0x20 {
                    visible += 1
                    if byte == 0x2C { commas += 1 }
                    if byte == 0x2E || byte == 0x21 || byte == 0x3F { marks += 1 }
                }
                index += 1
                continue
            }
            // A lead byte: one scalar. Skip no-break space (C2 A0) and zero-width characters (E2 80 8B–8D, EF BB BF).
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, (0x8B...0x8D).contains(bytes[index + 2]) {
                index += 3
                continue
            }
            if byte >= 0xC0 {
                visible += 1
                if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C { commas += 1 }
                if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 { commas += 1 }
                if byte == 0xD8, index + 1 < end, bytes[index + 1] == 0x8C { commas += 1 }
                if byte == 0xE3, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { marks += 1 }
                if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBC,
                    bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F
                {
                    marks += 1
                }
            }
            index += 1
        }
        return (visible, commas, marks)
    }

    /// The high bit set in exactly the bytes of the ASCII `word` that equal `byte`.
    @inline(__always)
    private static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        // A byte is zero exactly when adding 0x7F to its low seven bits leaves its high bit clear.
        return ~((difference & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | difference) & 0x8080_8080_8080_8080
    }
}
