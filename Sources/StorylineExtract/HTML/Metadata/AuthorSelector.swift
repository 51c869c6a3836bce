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
        var fallback: [String] = []

        let people = jsonLD.authors.filter { !jsonLD.organizationAuthors.contains($0) }
        let fromJSONLD = people.flatMap { AuthorNames.names(fromField: $0) }
        if !fromJSONLD.filter({ !isSite($0) }).isEmpty { return fromJSONLD.filter { !isSite($0) } }
        fallback += fromJSONLD + jsonLD.organizationAuthors.flatMap { AuthorNames.names(fromField: $0) }

        let scoped = signals.microdata.authors.filter(\.inArticle).flatMap { AuthorNames.names(fromField: $0.text) }
        if !scoped.filter({ !isSite($0) }).isEmpty { return Self.uniqued(scoped.filter { !isSite($0) }) }

        for name in Self.metaNames {
            let values = (signals.metas[name] ?? []).flatMap { AuthorNames.names(fromField: $0) }
            if !values.filter({ !isSite($0) }).isEmpty { return Self.uniqued(values.filter { !isSite($0) }) }
            fallback += values
        }

        let marks = signals.authorMarks.filter { !$0.zone.contains(.boilerplate) }
        let near = marks.filter(isNearHeadline)
        if let names = names(inMarks: near, isSite: isSite) { return names }
        if let names = namesAfterLabel(in: [headlineFollowing, signals.contentOpening].compactMap { $0 }, isSite: isSite) {
            return names
        }
        if let names = names(inMarks: marks, isSite: isSite) { return names }
        let unscoped = signals.microdata.authors.flatMap { AuthorNames.names(fromField: $0.text) }
        if !unscoped.filter({ !isSite($0) }).isEmpty { return Self.uniqued(unscoped.filter { !isSite($0) }) }
        return Self.uniqued(fallback + unscoped)
    }

    /// Names in the first mark that has any: a `byline` mark gives all its names; `author` marks close to
    /// each other (one per author) are read together.
    func names(inMarks marks: [PageSignals.Mark], isSite: (String) -> Bool) -> [String]? {
        for (index, mark) in marks.enumerated() {
            let names = AuthorNames.names(fromByline: mark.text, siteNames: siteNames).filter { !isSite($0) }
            guard !names.isEmpty else { continue }
            if mark.markers.contains(.byline) { return names }
            var result = names
            for next in marks[(index + 1)...] where next.order - mark.order < 40 && !next.markers.contains(.byline) {
                result += AuthorNames.names(fromByline: next.text, siteNames: siteNames).filter { !isSite($0) }
            }
            return Self.uniqued(result)
        }
        return nil
    }

    /// Names after a capitalised "By" / "Von" / "Par" near the start of one of `texts`.
    func namesAfterLabel(in texts: [String], isSite: (String) -> Bool) -> [String]? {
        for text in texts {
            let words = text.prefix(200).split(separator: " ")
            guard let label = words.firstIndex(where: { Self.lineLabels.contains($0) }), label + 1 < words.count
            else { continue }
            let line = words[label...].prefix(16).joined(separator: " ")
            let names = AuthorNames.names(fromByline: line, siteNames: siteNames).filter { !isSite($0) }
            if !names.isEmpty { return names }
        }
        return nil
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
