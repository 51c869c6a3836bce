/// Turns author fields and byline texts into person names.
///
/// A byline such as "By Jane Doe and John Roe, Staff Writers | Oct. 5, 2024" gives
/// `["Jane Doe", "John Roe"]`: the label ("By", "Von", "Par", "Written by" …) goes, the text is cut at
/// the first date, time or separator, names are split at "and", "&", "und", "et" … and commas, and roles
/// ("Staff Writer", "Senior Editor"), e-mail addresses, the outlet's own name and links are dropped. A
/// structured field (JSON-LD, `<meta name=author>`) written "Doe, Jane" reads as "Jane Doe".
enum AuthorNames {
    /// Labels that open a byline, lowercase, longest first.
    static let labels = [
        "written by", "posted by", "reported by", "story by", "article by", "words by", "text by", "published by",
        "created by", "compiled by", "authored by", "by", "von", "par", "por", "door", "di", "przez", "av", "af",
        "autor", "autorin", "author", "authors", "auteur", "text", "texte", "redaktion",
    ]
    /// Words after which a byline no longer names people.
    static let stopWords: Set<Substring> = [
        "on", "am", "um", "le", "el", "il", "op", "em", "updated", "published", "posted", "last", "aktualisiert",
        "veröffentlicht", "publié", "publicado", "|", "•", "·", "—", "–", "-", "/", "in", "at", "for",
    ]
    /// Words that make a comma-separated part a role rather than a name.
    static let roleWords: Set<String> = [
        "staff", "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent", "contributor",
        "contributing", "columnist", "journalist", "photographer", "producer", "author", "redakteur",
        "redakteurin", "autorin", "journaliste", "rédacteur", "rédactrice", "redactor", "redactora", "periodista",
        "corresponsal", "senior", "chief", "managing", "associate", "freelance", "special", "expert", "analyst",
        "director", "manager", "founder", "ceo", "head", "lead", "intern", "team", "desk", "news", "agency",
    ]
    static let nameSeparators = [
        " and ", " And ", " AND ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " и ", " i ",
        "; ",
    ]

    /// Names in a byline found in the page's text or markup ("By Jane Doe | 5 Oct 2024").
    static func names(fromByline text: String, siteNames: [String] = []) -> [String] {
        var text = HTMLEntityDecoder.decode(ParagraphRenderer.collapsingWhitespace(text))
        guard !text.isEmpty, text.utf8.count <= 300 else { return [] }
        // "Published 5 Oct 2024 by Jane Doe": the names follow the last "by".
        let words = text.split(separator: " ")
        if let by = words.lastIndex(where: { $0 == "by" || $0 == "By" || $0 == "BY" }), by > 0 {
            text = words[(by + 1)...].joined(separator: " ")
        }
        return names(in: text, siteNames: siteNames, isField: false)
    }

    /// Names in a structured author field (JSON-LD `name`, `<meta name=author>`); nil entries and links
    /// are dropped.
    static func names(fromField text: String, siteNames: [String] = []) -> [String] {
        let text = HTMLEntityDecoder.decode(ParagraphRenderer.collapsingWhitespace(text))
        guard !text.isEmpty, text.utf8.count <= 300, !isLink(text) else { return [] }
        return names(in: text, siteNames: siteNames, isField: true)
    }

    private static func names(in text: String, siteNames: [String], isField: Bool) -> [String] {
        var text = removingLabel(from: text)
        text = cutAtStopWord(text)
        guard !text.isEmpty else { return [] }
        let siteKeys = Set(siteNames.map(TitleKey.compact).filter { !$0.isEmpty })
        var groups = [text]
        for separator in nameSeparators {
            groups = groups.flatMap { $0.parts(separatedBy: separator) }
        }
        var result: [String] = []
        for group in groups {
            for name in namesInCommaGroup(group, siteKeys: siteKeys, isField: isField, groupCount: groups.count)
            where !result.contains(where: { $0.lowercased() == name.lowercased() }) {
                result.append(name)
            }
        }
        return result
    }

    /// The names in one part between "and"s: "Jane Doe, Staff Writer" → Jane Doe; "Doe, Jane" → Jane Doe.
    private static func namesInCommaGroup(_ group: String, siteKeys: Set<String>, isField: Bool, groupCount: Int)
        -> [String]
    {
        let parts = group.parts(separatedBy: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if isField, groupCount == 1, parts.count == 2, !parts[0].contains(" "), !parts[1].contains(" "),
            let last = cleaned(parts[0]), let first = cleaned(parts[1]), !isRole(first), !isRole(last)
        {
            return [first + " " + last]
        }
        var names: [String] = []
        var roles: [String] = []
        for part in parts {
            guard let name = cleaned(part) else { continue }
            if siteKeys.contains(TitleKey.compact(name)) { continue }
            if isRole(name) { roles.append(name) } else { names.append(name) }
        }
        // "Podium Staff" alone is the credit the page gives; a bare role ("Staff") is not.
        if names.isEmpty, roles.count == 1, roles[0].contains(" ") { return roles }
        return names
    }

    /// `part` without e-mail addresses, parentheses and stray punctuation; nil when what is left cannot be
    /// a name (empty, a link, digits, more than six words, no capital letter in Latin script).
    static func cleaned(_ part: String) -> String? {
        var words = part.split(separator: " ").filter { !$0.contains("@") }
        if let open = words.firstIndex(where: { $0.hasPrefix("(") }) { words = Array(words[..<open]) }
        var name = words.joined(separator: " ")
        let trim: Set<Character> = [" ", "|", ",", ";", ":", "-", "–", "—", "·", "•", ".", "/", "\"", "'", "*"]
        while let first = name.first, trim.contains(first) { name.removeFirst() }
        while let last = name.last, trim.contains(last), !(last == "." && name.dropLast().last?.isUppercase == true) {
            name.removeLast()
        }
        guard !name.isEmpty, name.utf8.count <= 70, !isLink(name) else { return nil }
        let count = name.split(separator: " ").count
        guard count <= 6, name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
            !name.unicodeScalars.contains(where: { $0.properties.numericType == .decimal })
        else { return nil }
        // Latin-script names are capitalised; "share this article" is not a name.
        let hasCapital = name.contains { $0.isUppercase }
        let hasCaselessLetter = name.unicodeScalars.contains {
            $0.properties.isAlphabetic && !$0.properties.isLowercase && !$0.properties.isUppercase
        }
        guard hasCapital || hasCaselessLetter || count == 1 else { return nil }
        return name
    }

    static func isRole(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").contains { roleWords.contains(String($0)) }
    }

    static func isLink(_ text: String) -> Bool {
        text.hasPrefix("http:") || text.hasPrefix("https:") || text.hasPrefix("www.") || text.hasPrefix("@")
            || text.contains("/")
    }

    /// `text` without a leading "By", "Von:", "Written by" ….
    static func removingLabel(from text: String) -> String {
        let lowered = text.lowercased()
        for label in labels where lowered.hasPrefix(label) {
            let rest = text.dropFirst(label.count)
            guard let next = rest.first, next == " " || next == ":" || next == "\u{A0}" else { continue }
            return String(rest.drop { $0 == " " || $0 == ":" || $0 == "\u{A0}" })
        }
        return text
    }

    /// `text` up to the first word that starts a date, a time or a note ("on", "|", "Updated", a digit).
    static func cutAtStopWord(_ text: String) -> String {
        var kept: [Substring] = []
        for word in text.split(separator: " ") {
            if stopWords.contains(word) || stopWords.contains(Substring(word.lowercased())) { break }
            if word.contains(where: { $0.isNumber }) { break }
            if let bar = word.firstIndex(where: { $0 == "|" || $0 == "•" || $0 == "·" }) {
                if bar > word.startIndex { kept.append(word[..<bar]) }
                break
            }
            kept.append(word)
        }
        return kept.joined(separator: " ")
    }
}
