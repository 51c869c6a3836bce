import Foundation

/// Identifies the language of a text without external data or models.
///
/// First the script: the one with most letters wins (an ideograph or Hangul syllable weighs three
/// Latin letters). Han is Chinese unless kana show Japanese; Hangul is Korean; Greek, Hebrew, Thai and
/// the Indic scripts name their language. For the Latin, Cyrillic and Arabic scripts every candidate
/// language is scored by its frequent function words (one point per running word) and by the letters
/// its alphabet adds to the script's core: ß, ł, ğ, ñ, ã, і, ы, پ … count for the languages that use
/// them and against the ones that don't.
///
/// Languages: en de fr es it pt nl pl tr id sv da no cs ro hu fi vi; ru uk bg be sr mk kk; ar fa ur;
/// zh ja ko el he hi bn pa gu ta te kn ml si th lo my ka hy am km.
///
/// Only the first `sampleLength` scalars are read. Complexity: O(n) in the sample.
///
/// ```swift
/// LanguageIdentifier().identify("Der Bundestag hat am Freitag ein neues Gesetz beschlossen.")?.code  // "de"
/// ```
public struct LanguageIdentifier: Sendable, Hashable {
    /// How many Unicode scalars of a text are read at most.
    public var sampleLength: Int

    /// Creates an identifier.
    /// - Parameter sampleLength: the number of leading Unicode scalars that are read.
    public init(sampleLength: Int = 20_000) {
        self.sampleLength = sampleLength
    }

    /// The most likely language of `text`, or nil when it has no letters of a known script.
    public func identify(_ text: String) -> LanguageGuess? {
        let sample = Self.prefix(of: text, scalars: sampleLength).precomposedStringWithCanonicalMapping
        let census = ScriptCensus(sample)
        guard let (script, share) = census.dominantScript() else { return nil }
        switch script {
        case .han, .kana:
            let kana = census.letters[WritingScript.kana.rawValue]
            let han = census.letters[WritingScript.han.rawValue]
            let isJapanese = kana >= 2 && kana * 20 >= han + kana
            return LanguageGuess(code: isJapanese ? "ja" : "zh", confidence: share)
        case .latin:
            return Self.bestGuess(among: LanguageProfile.latin, in: sample, script: script, share: share)
        case .cyrillic:
            return Self.bestGuess(among: LanguageProfile.cyrillic, in: sample, script: script, share: share)
        case .arabic:
            return Self.bestGuess(among: LanguageProfile.arabic, in: sample, script: script, share: share)
        default:
            guard let code = script.singleLanguage else { return nil }
            return LanguageGuess(code: code, confidence: share)
        }
    }

    /// Scores each language of the script; confidence grows with the winner's lead over the runner-up.
    static func bestGuess(
        among group: ScriptProfiles, in sample: String, script: WritingScript, share: Double
    ) -> LanguageGuess? {
        let evidence = WordEvidence(sample, script: script, core: group.core)
        var best: (code: String, score: Double)?
        var runnerUp = 0.0
        let scores = group.scores(words: evidence.words, letters: evidence.letters)
        for (profile, score) in zip(group.profiles, scores) {
            if let current = best, score <= current.score {
                runnerUp = max(runnerUp, score)
            } else {
                if let current = best { runnerUp = max(runnerUp, current.score) }
                best = (profile.code, score)
            }
        }
        guard let best else { return nil }
        guard best.score > 0 else { return LanguageGuess(code: best.code, confidence: 0) }
        let lead = (best.score - max(runnerUp, 0)) / best.score
        let sizeFactor = min(1, best.score / 5)  // a headline with two function words is thin evidence
        return LanguageGuess(code: best.code, confidence: share * (0.5 + 0.5 * lead) * sizeFactor)
    }

    /// The first `count` Unicode scalars of `text`.
    static func prefix(of text: String, scalars count: Int) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: count, limitedBy: scalars.endIndex) else {
            return text
        }
        return String(scalars[..<end])
    }
}
