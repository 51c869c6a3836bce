/// Turns author fields and byline texts into person names.
///
/// A byline such as "By Jane Doe and John Roe, Staff Writers | Oct. 5, 2024" gives
/// `["Jane Doe", "John Roe"]`: the label ("By", "Von", "Par", "Posted by", "Zeige alle Beiträge von" …)
/// goes, the text is cut where a date, a time or a note begins ("on", "|", "Updated", a month name, a
/// digit), names are split at "and", "&", "und", "et" … and commas, and roles ("Staff Writer",
/// "Chefredakteur"), e-mail addresses, the outlet's own name and links are dropped. A structured field
/// (JSON-LD, `<meta name=author>`) written "Doe, Jane" reads as "Jane Doe".
enum AuthorNames {
    /// Labels that open a byline, lowercase, longest first.
    static let labels = [
        "zeige alle beiträge von", "alle beiträge von", "written by", "posted by", "reported by", "story by",
        "article by", "words by", "text by", "published by", "created by", "compiled by", "authored by",
        "geschrieben von", "verfasst von", "erstellt von", "beitrag von", "artikel von", "veröffentlicht von",
        "publiziert von", "écrit par", "publié par", "rédigé par", "escrito por", "publicado por", "scritto da",
        "pubblicato da", "geplaatst door", "geschreven door", "by", "von", "vom", "par", "por", "door", "di",
        "przez", "av", "af", "autor", "autorin", "autoren", "author", "authors", "auteur", "auteurs", "text",
        "texte", "redaktion", "redakteur", "redakteurin",
    ]
    /// Words after which a lowercase "von", "par", "por" … introduces names in running text.
    static let postingWords: Set<String> = [
        "posted", "written", "published", "veröffentlicht", "geschrieben", "verfasst", "erstellt", "beiträge",
        "beitrag", "artikel", "publiziert", "publié", "écrit", "rédigé", "publicado", "escrito", "scritto",
        "pubblicato", "geplaatst", "geschreven", "articles", "posts", "stories", "story", "photos", "fotos",
    ]
    static let innerLabels: Set<Substring> = ["von", "vom", "par", "por", "door", "da", "di", "av", "af"]
    /// Lowercase words after which a byline no longer names people.
    static let stopWords: Set<Substring> = [
        "on", "am", "um", "le", "el", "il", "op", "em", "updated", "published", "posted", "last", "aktualisiert",
        "veröffentlicht", "publié", "publicado", "|", "•", "·", "—", "–", "-", "/", "in", "at", "via",
        "from", "aus", "ago", "hours", "minutes", "min", "read", "lesezeit",
    ]
    /// Capitalised words after which a byline no longer names people.
    static let capitalStopWords: Set<Substring> = [
        "Updated", "Published", "Posted", "Last", "Aktualisiert", "Veröffentlicht", "Publiziert", "Stand", "Post",
        "Date", "Publié", "Mis", "Publicado", "Actualizado", "Pubblicato", "Aggiornato", "Share", "Follow", "Read",
        "Teilen", "Folgen", "Lesezeit", "Reading", "View", "More", "Mehr", "Alle", "All", "Über", "About", "Bio",
        "Email", "E-Mail", "Twitter", "Facebook", "LinkedIn", "Instagram", "Photo", "Foto", "Image", "Bild",
        "Sponsored", "Gesponsert", "Anzeige", "Advertisement", "Table", "Subscribe", "In", "Im", "Auf", "Dans",
        "Contact", "Kontakt", "Comments", "Kommentare", "Reply", "Antworten", "Edit", "Print", "Drucken",
    ]
    /// Lowercase words that belong inside names ("Ursula von der Leyen", "Pedro de la Cruz").
    static let nameParticles: Set<Substring> = [
        "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "bin", "ibn",
        "al", "el", "ter", "ten", "zu", "zur", "y", "e", "af", "av", "st.", "the", "of", "for",
    ]
    /// Role words that end a person's name when written after it without a comma.
    static let personRoles: Set<String> = [
        "writer", "editor", "reporter", "correspondent", "contributor", "columnist", "journalist", "photographer",
        "producer", "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "autorin", "journaliste",
        "rédacteur", "rédactrice", "redactor", "redactora", "periodista", "corresponsal", "senior", "chief",
        "managing", "associate", "freelance", "attorney", "lawyer", "professor", "director", "manager", "founder",
        "ceo", "coordinator", "specialist", "consultant", "analyst", "volontär", "volontärin",
    ]
    /// Words that make a comma-separated part a role rather than a name.
    static let roleWords: Set<String> = [
        "staff", "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent", "contributor",
        "contributing", "columnist", "journalist", "photographer", "producer", "author", "redakteur",
        "redakteurin", "chefredakteur", "chefredakteurin", "chefredaktion", "autorin", "journaliste", "rédacteur",
        "rédactrice", "redactor", "redactora", "periodista", "corresponsal", "senior", "chief", "managing",
        "associate", "freelance", "special", "expert", "analyst", "director", "manager", "founder", "ceo", "head",
        "lead", "intern", "team", "desk", "agency", "volontär", "volontärin", "praktikant", "praktikantin",
        "attorney", "lawyer", "counsel", "professor", "marketing", "community", "development", "communications",
        "specialist", "strategist", "consultant", "coordinator", "officer", "president", "owner", "cto", "cfo",
        "engineer", "developer", "designer", "scientist", "researcher", "fellow", "student", "content",
    ]
    /// Account names that stand for no person.
    static let placeholderNames: Set<String> = [
        "admin", "administrator", "wordpressadmin", "webmaster", "root", "user", "guest", "unknown", "anonymous",
        "editor", "author", "staff", "null", "undefined", "none",
    ]
    static let nameSeparators = [
        " and ", " And ", " AND ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " и ", " i ",
        "; ",
    ]

    /// Names in a byline found in the page's text or markup ("By Jane Doe | 5 Oct 2024").
    static func names(fromByline text: String) -> [String] {
        var text = HTMLEntityDecoder.decode(ParagraphRenderer.collapsingWhitespace(text))
        guard !text.isEmpty, text.utf8.count <= 300 else { return [] }
        let words = text.split(separator: " ")
        if let label = lastInnerLabel(in: words) { text = words[(label + 1)...].joined(separator: " ") }
        return names(in: text, isField: false)
    }

    /// Names in a structured author field (JSON-LD `name`, `<meta name=author>`); links give none.
    static func names(fromField text: String) -> [String] {
        let text = HTMLEntityDecoder.decode(ParagraphRenderer.collapsingWhitespace(text))
        guard !text.isEmpty, text.utf8.count <= 300, !isLink(text) else { return [] }
        return names(in: text, isField: true)
    }

    /// The index of the last word that introduces names in running text: "by" anywhere, "von", "par" …
    /// after a posting word ("Zeige alle Beiträge von …") or after a date ("21.10.2019 von Heiko").
    static func lastInnerLabel(in words: [Substring]) -> Int? {
        var found: Int?
        for (index, word) in words.enumerated() where index > 0 && index + 1 < words.count {
            if word == "by" || word == "By" || word == "BY" {
                found = index
            } else if innerLabels.contains(word) {
                let previous = words[index - 1]
                if postingWords.contains(previous.lowercased()) || previous.contains(where: \.isNumber) {
                    found = index
                }
            }
        }
        return found
    }

    private static func names(in text: String, isField: Bool) -> [String] {
        let text = cutAtStopWord(removingLabel(from: text))
        guard !text.isEmpty else { return [] }
        var groups = [text]
        for separator in nameSeparators {
            groups = groups.flatMap { $0.parts(separatedBy: separator) }
        }
        var result: [String] = []
        for group in groups {
            for name in namesInCommaGroup(group, isField: isField, groupCount: groups.count)
            where !result.contains(where: { TitleKey.words($0) == TitleKey.words(name) }) {
                result.append(name)
            }
        }
        return result
    }

    /// The names in one part between "and"s: "Jane Doe, Staff Writer" → Jane Doe; "Doe, Jane" → Jane Doe.
    private static func namesInCommaGroup(_ group: String, isField: Bool, groupCount: Int)
        -> [String]
    {
        let parts = group.parts(separatedBy: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if isField, groupCount == 1, parts.count == 2, !parts[0].contains(" "), !parts[1].contains(" "),
            let last = cleaned(parts[0]), let first = cleaned(parts[1]), !isRole(first), !isRole(last),
            first.first?.isUppercase == true, last.first?.isUppercase == true
        {
            return [first + " " + last]
        }
        var names: [String] = []
        var roles: [String] = []
        for (index, part) in parts.enumerated() {
            guard let name = cleaned(part) else { continue }
            // After the first name, a part must look like one (capitalised): "Petra Ruland, große" is one name.
            if index > 0, !names.isEmpty, !(name.first?.isUppercase ?? false) { continue }
            if isRole(name) {
                if let kept = removingRole(from: name) { names.append(kept) } else { roles.append(name) }
            } else {
                names.append(name)
            }
        }
        // "Podium Staff" alone is the credit the page gives; a bare role ("Staff") is not.
        if names.isEmpty, roles.count == 1, roles[0].contains(" ") { return roles }
        return names
    }

    /// `name` cut before its first role word when at least two words precede it ("Christoph Hein
    /// Chefredakteur" → "Christoph Hein"); nil otherwise.
    static func removingRole(from name: String) -> String? {
        let words = name.split(separator: " ")
        let collective: Set<String> = ["team", "desk", "staff", "editors", "editorial", "agency", "redaktion"]
        // The role runs to the end and names a person's job ("Content Marketing Coordinator").
        guard let role = words.firstIndex(where: { roleWords.contains($0.lowercased()) }), role >= 2,
            words[role...].contains(where: { personRoles.contains($0.lowercased()) }),
            !words[role...].contains(where: { collective.contains($0.lowercased()) })
        else {
            return nil
        }
        return words[..<role].joined(separator: " ")
    }

    /// `part` without e-mail addresses, parentheses and stray punctuation; nil when what is left cannot be
    /// a name (empty, a link, digits, more than six words, a placeholder account, no capital letter in a
    /// Latin-script name of several words).
    static func cleaned(_ part: String) -> String? {
        var words = part.split(separator: " ").filter { !$0.contains("@") && !$0.contains("[at]") }
        if let open = words.firstIndex(where: { $0.hasPrefix("(") }) { words = Array(words[..<open]) }
        var name = words.joined(separator: " ")
        // Punctuation and symbols at the ends go ("⋅", "|", "»"), but not the period of an initial ("Joe S.").
        while let first = name.first, !first.isLetter, !first.isNumber { name.removeFirst() }
        while let last = name.last, !last.isLetter, !last.isNumber, last != ")",
            !(last == "." && name.dropLast().last?.isUppercase == true)
        {
            name.removeLast()
        }
        // A label left over at either end ("Written by", "By").
        var nameWords = name.split(separator: " ")
        while let last = nameWords.last, isLabelWord(last) { nameWords.removeLast() }
        while let first = nameWords.first, isLabelWord(first) { nameWords.removeFirst() }
        name = nameWords.joined(separator: " ")
        // The same words repeated ("Loona Construction Loona Construction") are one name.
        for period in 1...max(1, nameWords.count / 2) where nameWords.count % period == 0 && nameWords.count > period {
            if nameWords.indices.allSatisfy({ nameWords[$0] == nameWords[$0 % period] }) {
                nameWords = Array(nameWords[..<period])
                name = nameWords.joined(separator: " ")
                break
            }
        }
        // Inside a name of several words, a lowercase word is a particle ("van", "de") or the text is prose.
        if nameWords.count > 1,
            nameWords.dropFirst().contains(where: {
                $0.first?.isLowercase == true && !nameParticles.contains($0) && !roleWords.contains(String($0))
            })
        {
            return nil
        }
        guard !name.isEmpty, name.utf8.count <= 70, !isLink(name) else { return nil }
        let count = name.split(separator: " ").count
        guard count <= 6, name.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 2,
            !name.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) || count == 1,
            !placeholderNames.contains(TitleKey.compact(name))
        else { return nil }
        // Latin-script names are capitalised; "share this article" is not a name ("jancak" may be a handle).
        let hasCapital = name.contains { $0.isUppercase }
        let hasCaselessLetter = name.unicodeScalars.contains {
            $0.properties.isAlphabetic && !$0.properties.isLowercase && !$0.properties.isUppercase
        }
        guard hasCapital || hasCaselessLetter || count == 1 else { return nil }
        return name
    }

    /// Words that only ever label a byline ("by", "Written", "von").
    static func isLabelWord(_ word: Substring) -> Bool {
        ["by", "written", "posted", "von", "vom", "par", "por", "door", "autor", "author", "geschrieben"].contains(
            word.lowercased())
    }

    /// Whether `name` looks like an account handle ("gabor_munier", "christian.stadtfeld") rather than a
    /// display name.
    static func isHandle(_ name: String) -> Bool {
        !name.contains(" ") && !name.contains(where: \.isUppercase)
            && name.contains(where: { $0 == "_" || $0 == "." || $0 == "-" })
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
            guard let next = rest.first, next == " " || next == ":" || next == "," || next == "\u{A0}" else { continue }
            return String(rest.drop { $0 == " " || $0 == ":" || $0 == "," || $0 == "\u{A0}" })
        }
        return text
    }

    /// `text` up to the first word that starts a date, a time or a note ("on", "|", "Updated", a month or
    /// weekday name, a digit).
    static func cutAtStopWord(_ text: String) -> String {
        var kept: [Substring] = []
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated() {
            if stopWords.contains(word) || capitalStopWords.contains(word) { break }
            if word.contains(where: { $0.isNumber }) { break }
            if isDateWord(word, next: index + 1 < words.count ? words[index + 1] : nil) { break }
            if let bar = word.firstIndex(where: { $0 == "|" || $0 == "•" || $0 == "·" }) {
                if bar > word.startIndex { kept.append(word[..<bar]) }
                break
            }
            kept.append(word)
        }
        return kept.joined(separator: " ")
    }

    /// A capitalised month or weekday name ("March" only when a number follows: it is also a name).
    static func isDateWord(_ word: Substring, next: Substring?) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        let key = word.lowercased().trimming([".", ","])
        if MonthNames.weekdays.contains(key) { return true }
        guard MonthNames.months[key] != nil else { return false }
        if !MonthNames.ambiguous.contains(key) { return true }
        return next?.contains(where: \.isNumber) == true
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    fileprivate func trimming(_ set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
