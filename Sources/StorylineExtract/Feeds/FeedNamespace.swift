/// The XML namespaces feeds use, by URI.
enum FeedNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    /// Atom 0.3, still served by a few old blogs.
    static let atom03 = "http://purl.org/atom/ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let xhtml = "http://www.w3.org/1999/xhtml"

    /// Where RSS's own elements live: no namespace (0.9x, 2.0) or the RDF-based 0.90 and 1.0 ones.
    static let rss: [String?] = [nil, rss10, rss090]

    /// The namespace a well-known prefix stands for, used only when a document uses the prefix without
    /// declaring it (libxml2 then keeps `prefix:name` as the element's whole name).
    static func uri(forPrefix prefix: String) -> String? {
        switch prefix.lowercased() {
        case "atom": atom
        case "content": content
        case "dc": dublinCore
        case "dcterms": dublinCoreTerms
        case "rdf": rdf
        case "xhtml": xhtml
        default: nil
        }
    }
}
