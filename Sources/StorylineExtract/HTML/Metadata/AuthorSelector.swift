/// Chooses an article's authors from the places pages name them.
///
/// In order: JSON-LD `author` people (organizations only as a last resort), microdata authors of the
/// article, author `<meta>` tags, byline elements near the headline (class `byline`, `author`, `writer`,
/// `rel=author`), a "By …" line right after the headline, then the same elements anywhere outside comments
/// and sidebars. Names equal to the outlet's are not authors, unless nothing else names one.
struct AuthorSelector {
    /// `<meta>` names that carry an author's name, most specific first.
    static let metaNames = [
        "author", "article:author_name", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
        "cxenseparse:author", "twitter:creator:name", "article:author", "citation_author", "dc.contributor",
    ]
    /// Capitalised labels that open a byline line in running text.
    static let lineLabels: Set<Substring> = ["By", "BY", "Von", "VON", "Par", "Por", "Door", "Di", "Av", "Af"]

    var signals: PageSignals
    var jsonLD: JSONLDMetadata
    /// The outlet's names and the host's labels: an "author" equal to one is the publisher.
    var siteNames: [String]
    var headlineOrder: Int?
    var headlineFollowing: String?

    func select() -> [String] {
        let siteKeys = Set(siteNames.map(TitleKey.compact).filter { !$0.isEmpty })
        func isSite(_ name: String) -> Bool { siteKeys.contains(TitleKey.compact(name)) }
        // Names from a source that are only the outlet or account handles are kept for later: a byline
        // further down may name the person.
        var weak: [[String]] = []
        func strong(_ names: [String]) -> [String]? {
            guard !names.isEmpty else { return nil }
            let kept = names.filter { !isSite($0) && !AuthorNames.isHandle($0) }
            if kept.isEmpty {
                weak.append(names)
                return nil
            }
            return Self.uniqued(kept.map(trimmed))
        }
        let people = jsonLD.authors.filter { !jsonLD.organizationAuthors.contains($0) }
        if let names = strong(people.flatMap(AuthorNames.names(fromField:))) { return names }
        let scoped = signals.microdata.authors.filter(\.inArticle).map(\.text)
        if let names = strong(scoped.flatMap(AuthorNames.names(fromField:))) { return names }
        for name in Self.metaNames {
            if let names = strong((signals.metas[name] ?? []).flatMap(AuthorNames.names(fromField:))) { return names }
        }
        let marks = signals.authorMarks.filter { !$0.zone.contains(.boilerplate) }
        if let names = names(inMarks: marks.filter(isNearHeadline)).flatMap(strong) { return names }
        let openings = [headlineFollowing, signals.contentOpening, signals.articleOpening].compactMap { $0 }
        if let names = namesAfterLabel(in: openings).flatMap(strong) { return names }
        if let names = names(inMarks: marks).flatMap(strong) { return names }
        if let names = strong(signals.microdata.authors.map(\.text).flatMap(AuthorNames.names(fromField:))) {
            return names
        }
        // Handles before the outlet's name, then organizations credited as authors.
        if let handles = weak.first(where: { $0.contains { !isSite($0) } }) {
            return Self.uniqued(handles.filter { !isSite($0) })
        }
        if let outlet = weak.first { return Self.uniqued(outlet) }
        return Self.uniqued(jsonLD.organizationAuthors.flatMap(AuthorNames.names(fromField:)))
    }

    /// Names in the first mark that has any: a `byline` mark gives all its names; `author` marks close to
    /// each other (one per author) are read together, taking only full names from the later ones.
    func names(inMarks marks: [PageSignals.Mark]) -> [String]? {
        // Many marks naming many people are a thread or a comment list: its first poster is the author.
        let isList = marks.count > 4 && Set(marks.flatMap { AuthorNames.names(fromByline: $0.text) }).count > 4
        for (index, mark) in marks.enumerated() {
            let names = AuthorNames.names(fromByline: mark.text)
            guard !names.isEmpty else { continue }
            if mark.markers.contains(.byline) || isList { return names }
            var result = names
            for next in marks[(index + 1)...] where next.order - mark.order < 40 && !next.markers.contains(.byline) {
                result += AuthorNames.names(fromByline: next.text).filter {
                    TitleKey.wordCount($0) >= 2
                }
            }
            return Self.uniqued(result)
        }
        return nil
    }

    /// Names after a byline label near the start of one of `texts`: a capitalised "By" / "Von" / "Par",
    /// or "by" / "von" … after "Posted", "Veröffentlicht" or a date.
    func namesAfterLabel(in texts: [String]) -> [String]? {
        for text in texts {
            let words = Array(text.prefix(300).split(separator: " ").prefix(40))
            var label: Int?
            for (index, word) in words.enumerated() where index + 1 < words.count {
                if Self.lineLabels.contains(word) {
                    label = index
                    break
                }
                if index > 0, word == "by" || AuthorNames.innerLabels.contains(word) {
                    let previous = words[index - 1]
                    if AuthorNames.postingWords.contains(previous.lowercased()) || previous.contains(where: \.isNumber) {
                        label = index
                        break
                    }
                }
            }
            guard let label else { continue }
            let line = words[(label + 1)...].prefix(16).joined(separator: " ")
            let names = AuthorNames.names(fromByline: line)
            if !names.isEmpty { return names }
        }
        return nil
    }

    /// `name` without the outlet's name or an all-capitals word (a dateline) after it: "Brian Truitt USA
    /// TODAY" → "Brian Truitt", "Md Aynal Haque RAJSHAHI" → "Md Aynal Haque".
    func trimmed(_ name: String) -> String {
        var words = name.split(separator: " ")
        for site in siteNames {
            let siteWords = site.split(separator: " ")
            if words.count > siteWords.count + 1,
                TitleKey.compact(words.suffix(siteWords.count).joined(separator: " ")) == TitleKey.compact(site)
            {
                words.removeLast(siteWords.count)
            }
        }
        func isCapitals(_ word: Substring) -> Bool {
            word.filter(\.isLetter).count >= 3 && !word.contains(where: \.isLowercase)
        }
        if words.count >= 3, !isCapitals(words[0]), !isCapitals(words[1]) {
            while words.count > 2, let last = words.last, isCapitals(last) { words.removeLast() }
        }
        return words.joined(separator: " ")
    }

    func isNearHeadline(_ mark: PageSignals.Mark) -> Bool {
        if !mark.zone.isDisjoint(with: [.content, .article]) { return true }
        guard let headlineOrder else { return false }
        return mark.order > headlineOrder - 30 && mark.order < headlineOrder + 200
    }

    static func uniqued(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert(TitleKey.words($0)).inserted }
    }
}
