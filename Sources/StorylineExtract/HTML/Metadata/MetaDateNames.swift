/// The `<meta>` names (`name`, `property`, `itemprop`, `http-equiv`, lowercased) that carry an article's
/// dates: the well-known ones, most specific first, and a reading of the rest by the words in them.
enum MetaDateNames {
    /// `<meta>` names that carry the publication date, most specific first.
    static let published = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "published-date", "dc.date",
        "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "article.published", "original-publish-date", "citation_publication_date",
        "citation_date", "cxenseparse:recs:publishtime", "displaydate", "og:article:published_time", "datecreated",
        "release_date", "date.release", "article_date_original", "dc.date.published", "publication_date",
    ]
    /// `<meta>` names that carry the modification date.
    static let modified = [
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "modified_time",
        "last-modified", "dc.date.modified", "dcterms.modified", "lastmod", "article:updated_time",
        "parsely-updated", "updated", "revised", "last_updated",
    ]

    /// What an unlisted name says, from its words: `w-published-date`, `article-published_time`,
    /// `pub_date`, `uploaddate` name a publication; `pwclastmodifieddate`, `cdc:last_updated` a
    /// modification. Names of other moments (`startdate`, `expires`, a `relatedcontentdate`, the time the
    /// page was generated) and of people (`publisher`, `creator`) name neither.
    enum Kind {
        case published, modified
    }

    static func kind(of name: String) -> Kind? {
        let bytes = Array(name.utf8)
        func has(_ word: [UInt8]) -> Bool {
            guard bytes.count >= word.count else { return false }
            for start in 0...(bytes.count - word.count) where bytes[start] == word[0] {
                var offset = 1
                while offset < word.count, bytes[start + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            return false
        }
        if excluded.contains(where: has) { return nil }
        if modifiedWords.contains(where: has) { return .modified }
        if publishedWords.contains(where: has) { return .published }
        return nil
    }

    private static let modifiedWords = ["modif", "updat", "revis", "lastmod", "edited"].map { Array($0.utf8) }
    private static let publishedWords = [
        "publish", "pubdate", "pub_date", "pub-date", "pdate", "created", "creation", "issued", "release", "upload",
        "date",
    ].map { Array($0.utf8) }
    private static let excluded = [
        "publisher", "creator", "valid", "expir", "start", "end", "event", "related", "current", "birth", "copyright",
        "gentime", "render", "read", "version", "publishid", "type",
    ].map { Array($0.utf8) }
}
