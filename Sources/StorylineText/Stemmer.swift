/// Strips common inflectional endings so that "elections" and "election" meet; deliberately light
/// and language-blind: long words are also cut to 8 letters, which merges most inflected forms.
public enum Stemmer {
    /// The stem of a lower-cased word.
    public static func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        for suffix in ["'s", "ing", "ed", "es", "s"] {
            let tail = Array(suffix.unicodeScalars)
            if scalars.count > tail.count + 3, Array(scalars.suffix(tail.count)) == tail {
                scalars.removeLast(tail.count)
                break
            }
        }
        if scalars.count > 8 { scalars.removeLast(scalars.count - 8) }
        return String(String.UnicodeScalarView(scalars))
    }
}

