/// The key under which mentions of one person meet across sources: the surname as
/// ``EntityResolver/surname(of:)`` folds it ("Mark Rutte", "Rutte", "Rutte's" → "rutte").
enum PersonKey {
    static func key(of name: String) -> String { EntityResolver.surname(of: name) }
}
