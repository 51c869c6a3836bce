/// "(Photo by Jane Doe/AFP)", "(Foto: dpa)", "(Фото: УНН)" inside a paragraph.
enum ParenthesisedCredit {
    private static let openers = [
        "photo", "photos", "image", "picture", "foto", "fotos", "bild", "фото", "zdjęcie", "fot.", "görsel", "gambar",
        "crédit", "credit", "illustration",
    ]

    /// Offsets (relative to `line`) of parenthesised credits, parentheses included.
    static func ranges(in line: String) -> [(start: Int, end: Int)] {
        // Every paragraph comes through here and few have a parenthesis: test the bytes first.
        guard line.utf8.contains(0x28) else { return [] }
        let scalars = Array(line.unicodeScalars)
        var result: [(Int, Int)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "(", let close = scalars[index...].firstIndex(of: ")"), close - index <= 80 else {
                index += 1
                continue
            }
            let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).lowercased()
            if openers.contains(where: { inner.hasPrefix($0 + " by") || inner.hasPrefix($0 + ":") || inner.hasPrefix($0 + " :") }) {
                var start = index
                while start > 0, scalars[start - 1] == " " { start -= 1 }
                result.append((start, close + 1))
            }
            index = close + 1
        }
        return result
    }
}
