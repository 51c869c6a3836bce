import StorylineText

/// Stop words plus the sentence starters of ``EntityLexicon``: words that never begin a name.
enum StopWordsBridge {
    static func contains(_ folded: String) -> Bool {
        StopWords.contains(folded) || EntityLexicon.sentenceStarters.contains(folded)
    }
}
