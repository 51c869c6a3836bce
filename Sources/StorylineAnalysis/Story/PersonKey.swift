/// The key under which mentions of one person meet across sources: the surname, lowercased, with
/// a possessive dropped ("Mark Rutte", "Rutte", "Rutte's" → "rutte").
enum PersonKey {
    static func key(of name: String) -> String {
        var last = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).last.map(String.init) ?? name
        for suffix in ["'s", "’s"] where last.hasSuffix(suffix) { last.removeLast(2) }
        return last.lowercased()
    }
}
