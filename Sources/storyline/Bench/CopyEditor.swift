import Foundation

/// The edits that turn a source article into a near copy or a heavy rewrite.
struct CopyEditor {
    var paragraphs: [[String]]
    /// Same-language sentences to draw replacement words and sentences from.
    let pool: [String]

    /// One to three different light edits: words changed, a sentence dropped, a dateline, a boilerplate line.
    mutating func lightlyEdit(outlet: String, using random: inout SplitMix64) {
        for edit in random.positions(random.inRange(1...3), of: 4) {
            switch edit {
            case 0: for _ in 0..<random.inRange(1...4) { changeOneWord(using: &random) }
            case 1: dropOneSentence(using: &random)
            case 2: paragraphs[0][0] = random.pick(Self.datelines) + " (\(outlet)) – " + paragraphs[0][0]
            default:
                let line = random.pick(Self.boilerplate).replacingOccurrences(of: "{outlet}", with: outlet)
                paragraphs.append([line])
            }
        }
    }

    /// Replaces half the sentences (rounded down) by random sentences of the same language.
    mutating func replaceHalfTheSentences(using random: inout SplitMix64) {
        let places = paragraphs.indices.flatMap { paragraph in paragraphs[paragraph].indices.map { (paragraph, $0) } }
        for position in random.positions(places.count / 2, of: places.count) {
            let (paragraph, sentence) = places[position]
            paragraphs[paragraph][sentence] = random.pick(pool)
        }
    }

    /// Replaces a word (a character in scripts without spaces) by one from another sentence.
    private mutating func changeOneWord(using random: inout SplitMix64) {
        let paragraph = random.below(paragraphs.count)
        let sentence = random.below(paragraphs[paragraph].count)
        var words = paragraphs[paragraph][sentence].split(separator: " ", omittingEmptySubsequences: false)
        let donor = random.pick(pool)
        if words.count >= 4 {
            let donorWords = donor.split(separator: " ")
            words[random.below(words.count)] = random.pick(donorWords)
            paragraphs[paragraph][sentence] = words.joined(separator: " ")
        } else {
            var characters = Array(paragraphs[paragraph][sentence])
            characters[random.below(characters.count)] = random.pick(Array(donor))
            paragraphs[paragraph][sentence] = String(characters)
        }
    }

    private mutating func dropOneSentence(using random: inout SplitMix64) {
        let paragraph = random.below(paragraphs.count)
        paragraphs[paragraph].remove(at: random.below(paragraphs[paragraph].count))
        if paragraphs[paragraph].isEmpty && paragraphs.count > 1 { paragraphs.remove(at: paragraph) }
        if paragraphs.isEmpty || paragraphs[0].isEmpty { paragraphs = [[random.pick(pool)]] }
    }

    static let datelines = [
        "BERLIN", "WASHINGTON", "LONDON", "PARIS", "MADRID", "WARSAW", "ISTANBUL", "ROME", "BEIJING",
    ]

    static let boilerplate = [
        "This article originally appeared on {outlet}.",
        "Copyright 2024 {outlet}. All rights reserved.",
        "Reporting by staff writers; editing by the {outlet} news desk.",
        "Follow {outlet} on social media for the latest updates.",
        "Subscribe to the {outlet} newsletter to get the day's top stories in your inbox.",
    ]
}
