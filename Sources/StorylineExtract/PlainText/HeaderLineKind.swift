import StorylineCore

/// What a short line near the top of a plain-text article is, when it is not content.
enum HeaderLineKind: Sendable, Hashable {
    /// The line only states a date ("Oct 15, 2024 - 12:00", "Published: 15.10.2024").
    case date(PublicationDate)
    /// "Kyiv • UNN": a place and the outlet.
    case outlet(String)
    /// "By Jane Doe" or a line that is only a person's name.
    case author(String, explicit: Bool)
}

/// Recognises date lines, outlet lines and author lines.
struct HeaderLineClassifier: Sendable {
    let parser = DateTextParser()
    let referenceYear: Int?

    /// Labels that may stand before a date on a date line.
    static let dateLabels: Set<String> = [
        "date", "dated", "published", "posted", "updated", "on", "last", "publication", "veröffentlicht", "aktualisiert",
        "stand", "am", "publié", "le", "mis", "à", "jour", "publicado", "actualizado", "el", "pubblicato", "aggiornato",
        "gepubliceerd", "bijgewerkt", "opublikowano", "aktualizacja", "zaktualizowano", "опубліковано", "оновлено",
        "опубликовано", "обновлено", "yayınlanma", "yayınlandı", "güncellendi", "tarihi", "diterbitkan",
        "diperbarui", "tanggal", "data", "datum", "fecha", "дата", "tarih", "time", "release", "released", "de",
    ]
    /// Words that introduce an author.
    static let bylineWords: Set<String> = [
        "by", "von", "par", "por", "di", "door", "autor", "autorka", "author", "автор", "авторка", "oleh", "yazar",
        "text", "tekst", "texte", "reporting", "written",
    ]
    /// Capitalised words that look like names but head sections.
    static let notNames: Set<String> = [
        "news", "world", "politics", "home", "breaking", "live", "update", "updates", "exclusive", "analysis",
        "opinion", "sport", "sports", "business", "video", "photo", "photos", "read", "more", "related", "share",
        "follow", "subscribe", "latest", "top", "stories", "story", "editor", "editors", "staff", "team", "desk",
        "the", "and", "press", "release", "comments", "comment", "main", "menu", "search", "advertisement",
    ]
    private static let nameParticles: Set<String> = [
        "van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "el", "ibn", "y", "dos",
        "das", "ten", "ter", "zu",
    ]

    func classify(_ line: String) -> HeaderLineKind? {
        if let date = dateLine(line) { return .date(date) }
        if let outlet = outletLine(line) { return .outlet(outlet) }
        if let author = bylineLine(line) { return .author(author, explicit: true) }
        if isPersonName(line) { return .author(line, explicit: false) }
        return nil
    }

    /// The date of a line that holds a date and nothing else but labels and separators.
    func dateLine(_ line: String) -> PublicationDate? {
        let matches = parser.allDates(in: line, referenceYear: referenceYear)
        guard let first = matches.first, first.date.precision >= .day else { return nil }
        var rest = String.UnicodeScalarView()
        var offset = 0
        var matchIndex = 0
        for scalar in line.unicodeScalars {
            while matchIndex < matches.count, offset >= matches[matchIndex].end { matchIndex += 1 }
            if matchIndex < matches.count, offset >= matches[matchIndex].start {
                rest.append(" ")
            } else {
                rest.append(scalar)
            }
            offset += 1
        }
        let leftover = TextShape.words(in: String(rest)).map { $0.lowercased() }
        guard leftover.allSatisfy({ Self.dateLabels.contains($0) }) || leftover.count <= 1 && line.count < 40 else {
            return nil
        }
        return first.date
    }

    /// The outlet of a "Place • Outlet" line.
    func outletLine(_ line: String) -> String? {
        // Credits ("Photo: X / AP") and sentences are not outlet lines.
        guard line.count <= 60, !TextShape.endsSentence(line), !line.contains(where: { ":.©(".contains($0) }) else {
            return nil
        }
        let separators: Set<Character> = ["•", "·", "|", "—", "–", "/"]
        let parts = line.split(whereSeparator: { separators.contains($0) })
            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            .filter { dateLine($0) == nil }
        guard parts.count == 2, line.contains(where: { separators.contains($0) }) else { return nil }
        for part in parts {
            let words = TextShape.words(in: part)
            guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
        }
        // An acronym names the outlet more often than the place; otherwise the outlet comes last.
        if let acronym = parts.first(where: { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || !$0.isLetter } }) {
            return acronym
        }
        return parts[1]
    }

    /// The author of a "By Jane Doe" line.
    func bylineLine(_ line: String) -> String? {
        let words = line.split(separator: " ", maxSplits: 1)
        guard words.count == 2 else { return nil }
        let lead = words[0].lowercased().trimmingCharacters(in: ":")
        guard Self.bylineWords.contains(lead) else { return nil }
        var name = String(words[1]).trimmingWhitespace()
        // "By Jane Doe, Reuters" / "By Jane Doe and John Roe"
        if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
        let parts = name.split(separator: " and ")
        guard let firstName = parts.first, isPersonName(String(firstName)) else { return nil }
        return name.trimmingWhitespace()
    }

    /// Whether `line` is only a person's name: two to four capitalised words, particles allowed inside.
    func isPersonName(_ line: String) -> Bool {
        guard line.count <= 50 else { return false }
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard (2...4).contains(words.count) else { return false }
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if Self.notNames.contains(lower) { return false }
            if index > 0, index < words.count - 1, Self.nameParticles.contains(String(word)) { continue }
            if word.count == 2, word.first!.isUppercase, word.last == "." { continue }  // an initial
            guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
            let rest = word.dropFirst()
            // "Bogdańska", "McDonald", "Jean-Pierre", "O'Neil"; not "NATO".
            guard rest.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }),
                rest.first.map({ $0.isLowercase || $0 == "'" || $0 == "’" }) ?? false
            else { return false }
        }
        return true
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
