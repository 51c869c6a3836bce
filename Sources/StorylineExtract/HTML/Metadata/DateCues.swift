/// The words around a written date that say what it is: "Updated", "aktualisiert am" (a modification),
/// "Published", "veröffentlicht am" (the publication).
enum DateCues {
    /// Words that introduce a modification date, lowercase.
    static let updateWords = [
        "updated", "update", "modified", "aktualisiert", "geändert", "mis à jour", "mise à jour", "actualizado",
        "actualizada", "actualización", "aggiornato", "aggiornamento", "bijgewerkt", "zaktualizowano",
        "atualizado", "atualização", "last edited", "edited", "revised", "reviewed", "обновлено", "оновлено",
        "güncellendi", "güncelleme", "diperbarui", "stand",
    ]
    /// Words that introduce a publication date, lowercase.
    static let publishWords = [
        "published", "posted", "publication", "released", "written", "created", "date", "dated",
        "veröffentlicht", "erschienen", "erstellt", "publiziert", "datum", "publié", "publiée", "mis en ligne",
        "publicado", "publicada", "publicación", "pubblicato", "pubblicata", "gepubliceerd", "geplaatst",
        "opublikowano", "publikacja", "опубликовано", "опубліковано", "yayınlandı", "yayın", "diterbitkan",
        "dipublikasikan",
    ]
    /// Short words between a cue and its date ("Updated on", "aktualisiert am", "publié le").
    private static let linkWords = [" on", " am", " le", " el", " il", " at", " op", " em", " w", " в", " о", " in"]

    /// Whether the text before a date ends with "Updated", "Updated on", "aktualisiert am:" ….
    static func introducesUpdate(_ before: String) -> Bool {
        endsWithCue(before, from: updateWords)
    }

    /// Whether the text before a date ends with "Published", "Posted on", "veröffentlicht am" ….
    static func introducesPublication(_ before: String) -> Bool {
        endsWithCue(before, from: publishWords)
    }

    private static func endsWithCue(_ before: String, from words: [String]) -> Bool {
        var text = Substring(before.lowercased())
        func trimEnd() {
            while let last = text.last,
                last == " " || last == ":" || last == "-" || last == "," || last == "\u{A0}" || last == "|"
                    || last == "·" || last == "•"
            {
                text.removeLast()
            }
        }
        trimEnd()
        for small in linkWords where text.hasSuffix(small) {
            text.removeLast(small.count)
            trimEnd()
            break
        }
        return words.contains { word in
            guard text.hasSuffix(word) else { return false }
            // A whole word: "date" is a cue, "update" ends in it but is not "date".
            let before = text.dropLast(word.count).last
            return before.map { !$0.isLetter } ?? true
        }
    }
}
