/// The dateline that opens a wire story's first paragraph: "JAKARTA - ", "WASHINGTON (Reuters) — ",
/// "KYIV, Oct 15 (AP) – ", "Berlin (dpa) - ".
struct DatelinePrefix: Sendable, Hashable {
    /// Length of the prefix in Unicode scalars, including the dash and the spaces after it.
    var length: Int
    /// The agency named in parentheses, if any.
    var agency: String?

    /// The dateline at the start of `line`, if there is one.
    static func find(in line: String) -> DatelinePrefix? {
        let scalars = Array(line.unicodeScalars)
        let limit = min(scalars.count, 80)
        // The dash must come early and be followed by text.
        var dashIndex: Int?
        var index = 0
        while index < limit {
            let scalar = scalars[index]
            if scalar == "-" || scalar == "–" || scalar == "—" || scalar == "―" {
                let spacedBefore = index > 0 && scalars[index - 1].properties.isWhitespace
                let spacedAfter = index + 1 < scalars.count && scalars[index + 1].properties.isWhitespace
                if spacedBefore && spacedAfter || scalar != "-" && (spacedBefore || spacedAfter) {
                    dashIndex = index
                    break
                }
            }
            index += 1
        }
        guard let dash = dashIndex, dash > 1 else { return nil }
        var head = String(String.UnicodeScalarView(scalars[0..<dash])).trimmingWhitespace()
        var agency: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let inner = head[head.index(after: open)..<head.index(before: head.endIndex)]
            let innerWords = TextShape.words(in: String(inner))
            // "(Reuters)", "(AP)", "(dpa)": a short name, no sentence inside.
            guard (1...3).contains(innerWords.count), inner.count <= 30, !inner.contains(where: { ".,;!?".contains($0) })
            else { return nil }
            agency = String(inner)
            head = String(head[..<open]).trimmingWhitespace()
        }
        guard !head.isEmpty else { return nil }
        // "KYIV, Oct 15" — drop a trailing date.
        if let date = DateTextParser().firstDate(in: head, referenceYear: 2000), date.start > 0 {
            head = String(String.UnicodeScalarView(Array(head.unicodeScalars)[0..<date.start])).trimmingWhitespace()
            while head.hasSuffix(",") { head.removeLast() }
        }
        let words = TextShape.words(in: head)
        guard (1...4).contains(words.count) else { return nil }
        let letters = head.filter(\.isLetter)
        let allCaps = !letters.isEmpty && letters.allSatisfy { $0.isUppercase }
        let capitalised = words.allSatisfy { $0.first?.isUppercase ?? false }
        // A capitalised place needs an agency to be told from a sentence ("Rutte - who ...").
        guard allCaps && letters.count >= 3 || capitalised && agency != nil else { return nil }
        var end = dash + 1
        while end < scalars.count, scalars[end].properties.isWhitespace { end += 1 }
        guard end < scalars.count else { return nil }
        return DatelinePrefix(length: end, agency: agency)
    }
}
