import StorylineCore

/// Finds the blocks at the end of an article that point to other articles — "Related posts", "Keep
/// reading", "Ähnliche Beiträge", "À lire aussi" — or introduce its author ("About the author"), by the
/// title they carry rather than by their class names, which vary from theme to theme.
///
/// A box (`<div>`, `<section>`, `<aside>`) inside the chosen content whose first line is such a title
/// goes whole, when it holds under half of the content's text. A bare heading with such a title among
/// the article's own blocks is left alone: in wikis and documentation "See also" and "Further reading"
/// sections belong to the text.
struct RelatedBlockFinder {
    let tree: PageTree
    let counts: PageTextCounts

    /// A title is a line of at most this many characters.
    static let maximumTitleLength = 60

    /// Titles of "related content" blocks, as ``TextShape/normalized(_:)`` writes them: the text
    /// cleaner's related-link labels (``BoilerplatePhrases/related``) and the titles only boxes carry. A
    /// line matches when it is one of them, or starts with one followed by a space or a colon.
    static let titles: [String] = {
        var seen = Set<String>()
        return (BoilerplatePhrases.related.labels + boxTitles).filter { seen.insert($0).inserted }
    }()

    /// Titles of boxes that the text cleaner's labels leave out.
    static let boxTitles: [String] = [
        // English
        "related posts", "related reading", "related links", "read further", "keep reading", "more to read",
        "more posts", "more stories", "more articles", "more news", "you may be interested in",
        "recommended for you", "also on", "further reading", "popular posts", "most read", "trending",
        "latest news", "latest posts", "recent posts", "other articles", "don't miss", "up next",
        "what to read next",
        // German
        "ähnliche beiträge", "ähnliche artikel", "ähnliche themen", "verwandte beiträge", "verwandte artikel",
        "verwandte themen", "verwandte themenbereiche", "weitere artikel", "weitere beiträge", "weitere themen",
        "mehr zu diesem thema", "mehr aus", "mehr von", "das könnte sie auch interessieren",
        "das könnte dich auch interessieren", "lesetipps", "lesetipp", "siehe auch",
        "empfehlungen aus der redaktion", "top themen", "meistgelesen", "aktuelle artikel", "neueste artikel",
        "zum weiterlesen", "weiterlesen", "passend dazu", "unsere empfehlungen", "beliebte beiträge",
        // French
        "articles liés", "articles similaires", "à lire", "dans la même rubrique", "vous aimerez aussi",
        "les plus lus",
        // Spanish, Portuguese, Italian
        "artículos relacionados", "noticias relacionadas", "lee también", "leer más", "más noticias",
        "lo más leído", "notícias relacionadas", "artigos relacionados", "articoli correlati",
        "potrebbe interessarti", "più letti",
        // Dutch, Polish, Czech, Russian, Ukrainian, Turkish
        "gerelateerde artikelen", "meer nieuws", "polecane", "powiązane artykuły", "související články",
        "čtěte také", "похожие статьи", "схожі статті", "benzer haberler",
        // The author's box after the text: a bio, not the article.
        "about the author", "about the authors", "about the reviewer", "about the writer", "über den autor",
        "über die autorin", "über die autoren", "à propos de l'auteur", "sobre el autor", "sobre la autora",
        "o autorze", "об авторе",
    ]

    /// Where the related block starting at `index` ends (the entry to resume at), or nil when `index`
    /// starts none; `root` is the content being rendered.
    func relatedBlockEnd(at index: Int, root: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let tag = tree.tags[index]
        let rootCharacters = counts.characters[root]
        guard rootCharacters > 0 else { return nil }
        switch tag {
        case .div, .section, .aside:
            guard counts.characters[index] > 0, 2 * counts.characters[index] < rootCharacters,
                let title = firstLine(of: index), mayBeTitle(title, bytes: bytes),
                Self.isTitle(text(of: title, bytes: bytes))
            else { return nil }
            return Int(tree.ends[index])
        default:
            return nil
        }
    }

    /// The first line inside `index`: the first entry holding visible text that is a text run, an inline
    /// element or a block without blocks inside, when it is short (a title); nil otherwise.
    func firstLine(of index: Int) -> Int? {
        let end = Int(tree.ends[index])
        var node = index + 1
        while node < end {
            if counts.characters[node] == 0 {
                node = Int(tree.ends[node])
                continue
            }
            let tag = tree.tags[node]
            if tag == .text || !tag.isBlock || !counts.hasBlockChild[node] {
                return counts.characters[node] <= Self.maximumTitleLength ? node : nil
            }
            node += 1
        }
        return nil
    }

    /// A cheap check on bytes before the line is read as a string: whether its first letter can start
    /// one of ``titles`` (most lines in a page cannot).
    func mayBeTitle(_ index: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = Int(tree.ends[index])
        var prefix: UInt32 = 0
        var letters = 0
        for node in index..<end where tree.tags[node] == .text {
            let start = Int(tree.textStarts[node])
            for byte in bytes[start..<start + Int(tree.textLengths[node])] {
                if letters == 0 {
                    if byte < 0x80 && Self.leadingPunctuation[Int(byte)] { continue }
                    // Multi-byte punctuation (», …, –): the string check decides.
                    if byte == 0xC2 || byte == 0xE2 { return true }
                    guard Self.initialBytes[Int(byte)] else { return false }
                }
                // A title starting with ASCII letters must start with the first three of one of them.
                guard byte < 0x80, byte != 0x20 else { return true }
                prefix = prefix << 8 | UInt32(byte | (byte &- 0x41 < 26 ? 0x20 : 0))
                letters += 1
                if letters == 3 { return Self.asciiPrefixes.contains(prefix) }
            }
        }
        return letters > 0
    }

    /// The first three bytes of every title that starts with three ASCII characters, packed.
    static let asciiPrefixes: Set<UInt32> = Set(
        titles.compactMap { title in
            let bytes = Array(title.utf8.prefix(3))
            guard bytes.count == 3, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x20 }) else { return nil }
            return bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        })

    /// ASCII bytes skipped before a title's first letter: white space and the marks around titles.
    static let leadingPunctuation: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in Array(" \t\n\r:.>-|!?»#*/([".utf8) where byte < 0x80 { table[Int(byte)] = true }
        return table
    }()

    /// First UTF-8 bytes of the first letter of every title, in lower and upper case.
    static let initialBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for title in titles {
            guard let first = title.first else { continue }
            for form in [String(first).lowercased(), String(first).uppercased()] {
                if let byte = form.utf8.first { table[Int(byte)] = true }
            }
        }
        return table
    }()

    /// The visible text under `index`, white space collapsed.
    func text(of index: Int, bytes: UnsafeBufferPointer<UInt8>) -> String {
        var buffer: [UInt8] = []
        let end = Int(tree.ends[index])
        for node in index..<end where tree.tags[node] == .text {
            let start = Int(tree.textStarts[node])
            buffer.append(contentsOf: bytes[start..<start + Int(tree.textLengths[node])])
            buffer.append(0x20)
        }
        return BlockRenderer.collapsed(buffer) ?? ""
    }

    /// Whether `line` is a related-content title: one of ``titles``, or one followed by a space or a
    /// colon ("More from Science", "Read more:"), case and trailing punctuation ignored.
    static func isTitle(_ line: String) -> Bool {
        guard !line.isEmpty, line.count <= maximumTitleLength else { return false }
        let trimmed = TextShape.normalized(line).trimming { $0.isWhitespace || trimmedMarks.contains($0) }
        guard let first = trimmed.first, let candidates = titlesByInitial[first] else { return false }
        for title in candidates where trimmed.hasPrefix(title) {
            let rest = trimmed.dropFirst(title.count)
            guard let next = rest.first else { return true }
            if next == " " || next == ":" { return true }
        }
        return false
    }

    /// Marks trimmed from both ends of a line before it is compared with the titles (dashes are
    /// hyphens and guillemets quotes once normalised).
    static let trimmedMarks = Set(" :.…»›>-–—|!?#*/([\"")

    /// ``titles`` by their first character.
    static let titlesByInitial: [Character: [String]] = Dictionary(grouping: titles) { $0.first! }
}
