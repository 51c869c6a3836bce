import StorylineText

/// The content terms of a sentence as statement alignment compares them: lowercased words without
/// stop words, stemmed, each once; numbers are kept as written ("700", "1.5").
enum SentenceTerms {
    static func terms(of words: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for word in words {
            let bare = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
            guard bare.count > 1 || bare.first?.isNumber == true, !StopWords.contains(bare) else { continue }
            let term = bare.first?.isNumber == true ? bare : Stemmer.stem(bare)
            if seen.insert(term).inserted { result.append(term) }
        }
        return result
    }
}
