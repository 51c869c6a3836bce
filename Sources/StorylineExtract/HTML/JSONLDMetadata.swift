import StorylineCore

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article.
///
/// Looks through every script, top-level arrays and `@graph` lists and nested objects, resolves
/// `{"@id": …}` references, and prefers an article type (`NewsArticle`, `Article`, `BlogPosting`,
/// `ReportageNewsArticle`, any `…Article`) over a `WebPage` or other object carrying the same fields.
public struct JSONLDMetadata: Sendable, Hashable {
    /// `headline` (or `name`) of the article object.
    public var headline: String?
    /// `datePublished` (or `dateCreated`) as written (parse it with `PublicationDate(iso8601:)`).
    public var datePublished: String?
    /// `dateModified` as written.
    public var dateModified: String?
    /// The names of the article's authors, in order, without duplicates.
    public var authors: [String] = []
    /// The names among ``authors`` that belong to organizations (a publisher credited as author).
    public var organizationAuthors: [String] = []
    /// `publisher.name`, or the name of the site's `Organization` / `WebSite` object.
    public var publisher: String?
    /// The article's `url` or `mainEntityOfPage`.
    public var url: String?
    /// `inLanguage`, as written.
    public var language: String?

    /// Types read as "the article", best first; any other type ending in `Article` ranks after them.
    static let articleTypes = [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
    ]
    static let pageTypes = ["WebPage", "ItemPage", "CollectionPage"]
    static let organizationTypes = ["NewsMediaOrganization", "Organization", "Corporation", "WebSite"]

    /// Metadata from the text of each JSON-LD script on the page; empty when none parses.
    public init(scripts: [String]) {
        let parser = LenientJSONParser()
        let objects = Self.objects(in: scripts.compactMap { parser.parse($0) })
        var byID: [String: JSONValue] = [:]
        for object in objects {
            if let id = object["@id"]?.stringValue, byID[id] == nil || object.isMoreThanReference {
                byID[id] = object
            }
        }
        let resolve: (JSONValue) -> JSONValue = { value in
            if let id = value["@id"]?.stringValue, !value.isMoreThanReference, let target = byID[id] { return target }
            return value
        }
        let article = Self.bestArticle(in: objects)
        let source = article ?? objects.first { $0["datePublished"] != nil }

        if let article {
            headline = (article["headline"] ?? article["name"])?.list.first?.stringValue.map {
                HTMLEntityDecoder.decode($0).trimmingWhitespace()
            }
        }
        if let source {
            datePublished = (source["datePublished"] ?? source["dateCreated"])?.list.first?.stringValue
            dateModified = source["dateModified"]?.list.first?.stringValue
            for author in (source["author"] ?? source["creator"])?.list ?? [] {
                let resolved = resolve(author)
                let isOrganization = resolved.types.contains { Self.organizationTypes.contains($0) }
                for name in Self.names(of: resolved) where !authors.contains(name) {
                    authors.append(name)
                    if isOrganization { organizationAuthors.append(name) }
                }
            }
            if let publisherValue = source["publisher"]?.list.first {
                publisher = Self.names(of: resolve(publisherValue)).first
            }
            url =
                source["url"]?.stringValue
                ?? source["mainEntityOfPage"].flatMap { $0.stringValue ?? $0["@id"]?.stringValue }
            language = source["inLanguage"]?.stringValue
        }
        if publisher == nil {
            for type in Self.organizationTypes {
                if let organization = objects.first(where: { $0.types.contains(type) }),
                    let name = organization["name"]?.stringValue?.trimmingWhitespace(), !name.isEmpty
                {
                    publisher = name
                    break
                }
            }
        }
    }

    /// True when nothing was found.
    public var isEmpty: Bool {
        headline == nil && datePublished == nil && dateModified == nil && authors.isEmpty && publisher == nil && url == nil && language == nil
    }

    /// Every object in the parsed values, parents before the objects nested in them.
    static func objects(in values: [JSONValue]) -> [JSONValue] {
        var result: [JSONValue] = []
        var pending = values.reversed() as [JSONValue]
        while let value = pending.popLast() {
            switch value {
            case .object(let members):
                result.append(value)
                pending.append(contentsOf: members.keys.sorted().reversed().compactMap { members[$0] })
            case .array(let elements):
                pending.append(contentsOf: elements.reversed())
            default:
                break
            }
        }
        return result
    }

    static func bestArticle(in objects: [JSONValue]) -> JSONValue? {
        func rank(_ object: JSONValue) -> Int? {
            let types = object.types
            if let index = articleTypes.firstIndex(where: types.contains) { return index }
            if types.contains(where: { $0.hasSuffix("Article") }) { return articleTypes.count }
            if types.contains(where: pageTypes.contains), object["headline"] != nil || object["datePublished"] != nil {
                return articleTypes.count + 1
            }
            return nil
        }
        var best: (rank: Int, object: JSONValue)?
        for object in objects {
            guard let rank = rank(object) else { continue }
            if best == nil || rank < best!.rank { best = (rank, object) }
        }
        return best?.object
    }

    /// Names in an author or publisher value: a string, or an object's `name` (or given + family name).
    static func names(of value: JSONValue) -> [String] {
        if let string = value.stringValue {
            let name = HTMLEntityDecoder.decode(string).trimmingWhitespace()
            return name.isEmpty ? [] : [name]
        }
        if let name = value["name"] {
            return name.list.compactMap { $0.stringValue.map { HTMLEntityDecoder.decode($0).trimmingWhitespace() } }
                .filter { !$0.isEmpty }
        }
        let parts = [value["givenName"]?.stringValue, value["familyName"]?.stringValue].compactMap { $0 }
        return parts.isEmpty ? [] : [parts.joined(separator: " ")]
    }
}

extension JSONValue {
    /// True for an object with members besides `@id` (a full node rather than a reference to one).
    fileprivate var isMoreThanReference: Bool {
        if case .object(let members) = self { return members.keys.contains { $0 != "@id" } }
        return false
    }
}
