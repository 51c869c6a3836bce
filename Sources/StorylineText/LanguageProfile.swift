/// What a language looks like to the identifier: its most frequent function words and the letters
/// its alphabet adds to the script's common core.
///
/// Scoring (see `LanguageIdentifier`): each running word found in `stopwords` counts 1; each other
/// word ending in one of `suffixes` counts `suffixWeight`; each occurrence of one of `ngrams` (letter
/// sequences typical of the spelling, like German "sch" or Polish "rz") counts `ngramWeight`, which
/// mostly decides headlines without function words; each non-core letter counts
/// `distinctiveWeight` if it is in `distinctiveLetters`, `nativeWeight` if it is in `letters`, and
/// `-foreignWeight` otherwise (a Polish "ł" in a text said to be Spanish).
struct LanguageProfile: Sendable {
    /// ISO 639-1 code.
    let code: String
    /// Frequent function words, lowercase.
    let stopwords: Set<String>
    /// Non-core letters of the alphabet, lowercase.
    let letters: Set<Unicode.Scalar>
    /// Non-core letters that few other languages of the script use.
    let distinctiveLetters: Set<Unicode.Scalar>
    /// Typical word endings (inflections, derivations) of 2 to 5 letters.
    let suffixes: [String]
    /// Letter sequences of 2 to 4 letters typical of the spelling.
    let ngrams: [String]

    static let nativeWeight = 0.3
    static let distinctiveWeight = 1.0
    static let foreignWeight = 0.4
    static let suffixWeight = 0.25
    static let ngramWeight = 0.05

    /// Creates a profile from space-separated words and strings of letters.
    init(
        _ code: String, words: String, letters: String = "", distinctive: String = "", suffixes: String = "",
        ngrams: String = ""
    ) {
        self.code = code
        self.stopwords = Set(words.split(separator: " ").map(String.init))
        self.letters = Set(letters.unicodeScalars).union(distinctive.unicodeScalars)
        self.distinctiveLetters = Set(distinctive.unicodeScalars)
        self.suffixes = suffixes.split(separator: " ").map(String.init)
        self.ngrams = ngrams.split(separator: " ").map(String.init)
    }

    /// The evidence for this language in a text summarised as word and letter counts.
    func score(words: [String: Int], letters letterCounts: [Unicode.Scalar: Int]) -> Double {
        var score = 0.0
        for (word, count) in words where stopwords.contains(word) { score += Double(count) }
        for (letter, count) in letterCounts {
            if distinctiveLetters.contains(letter) {
                score += Self.distinctiveWeight * Double(count)
            } else if letters.contains(letter) {
                score += Self.nativeWeight * Double(count)
            } else {
                score -= Self.foreignWeight * Double(count)
            }
        }
        return score
    }
}

/// The languages that share one script, and the letters all of them use.
struct ScriptProfiles: Sendable {
    /// Letters common to every language of the script; only the others are evidence.
    let core: Set<Unicode.Scalar>
    /// The candidate languages, the most likely first (it wins ties).
    let profiles: [LanguageProfile]
    /// For each suffix, the indices of the profiles that list it.
    private let suffixOwners: [String: [Int]]
    /// For each letter n-gram, the indices of the profiles that list it.
    private let ngramOwners: [String: [Int]]

    init(core: Set<Unicode.Scalar>, profiles: [LanguageProfile]) {
        self.core = core
        self.profiles = profiles
        var owners: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for suffix in profile.suffixes { owners[suffix, default: []].append(index) }
        }
        self.suffixOwners = owners
        var ngramOwners: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for ngram in profile.ngrams { ngramOwners[ngram, default: []].append(index) }
        }
        self.ngramOwners = ngramOwners
    }

    /// The score of each profile, in `profiles` order.
    ///
    /// Suffixes and n-grams are found by looking up the word's own endings and letter windows, so
    /// the cost grows with the text, not with the number of languages.
    func scores(words: [String: Int], letters: [Unicode.Scalar: Int]) -> [Double] {
        var scores = profiles.map { $0.score(words: words, letters: letters) }
        guard !suffixOwners.isEmpty else { return scores }
        for (word, count) in words {
            let scalars = word.unicodeScalars
            let length = scalars.count
            guard length >= 4 else { continue }
            var matched = Set<Int>()
            var suffixStart = scalars.endIndex
            for suffixLength in 1...min(5, length - 2) {
                suffixStart = scalars.index(before: suffixStart)
                guard suffixLength >= 2, let owners = suffixOwners[String(scalars[suffixStart...])] else { continue }
                for owner in owners where !profiles[owner].stopwords.contains(word) { matched.insert(owner) }
            }
            for owner in matched { scores[owner] += LanguageProfile.suffixWeight * Double(count) }
        }
        guard !ngramOwners.isEmpty else { return scores }
        for (word, count) in words {
            let scalars = Array(word.unicodeScalars)
            for length in 2...4 where length <= scalars.count {
                for start in 0...(scalars.count - length) {
                    var window = String.UnicodeScalarView()
                    window.append(contentsOf: scalars[start..<(start + length)])
                    guard let owners = ngramOwners[String(window)] else { continue }
                    for owner in owners { scores[owner] += LanguageProfile.ngramWeight * Double(count) }
                }
            }
        }
        return scores
    }
}
