import StorylineCore

/// An OPML 1.0 or 2.0 subscription list: the feeds it lists, with their folders and categories.
///
/// Outlines nest to any depth; an outline with an `xmlUrl` is a feed, one without is a folder whose title
/// its feeds carry in ``FeedSubscription/folders``. A feed listed twice is kept once (the first time).
/// Parsed like feeds (``XMLTree``: no network, no entity expansion).
///
/// ```swift
/// let list = try OPMLDocument(parsing: bytes, file: "list.opml")
/// for feed in list.subscriptions {
///     switch feed.location(relativeTo: "list.opml") {
///     case .file(let path): print("local", path)
///     case .web(let url): print("fetch", url)
///     case .unsupported(let address): print("cannot read", address)
///     }
/// }
/// ```
public struct OPMLDocument: Sendable, Hashable {
    /// The list's `head/title`.
    public var title: String?
    /// The feeds, in document order.
    public var subscriptions: [FeedSubscription]

    /// A list with the given subscriptions.
    public init(title: String? = nil, subscriptions: [FeedSubscription]) {
        self.title = title
        self.subscriptions = subscriptions
    }

    /// Parses the OPML document in `bytes`.
    ///
    /// - Parameter file: the input's name, used only in error messages.
    /// - Throws: ``InputError`` `.malformedFeed` when the bytes are not an OPML document, `.emptyInput`
    ///   when it lists no feed.
    public init(parsing bytes: [UInt8], file: String?) throws(InputError) {
        guard let tree = XMLTree(bytes: bytes), let root = tree.root, root.localName.lowercased() == "opml" else {
            throw InputError(.malformedFeed, "not an OPML document (no <opml> root element)", file: file)
        }
        title = root.child("head", in: [nil])?.childText("title", in: [nil])
        subscriptions = []
        var seen: Set<String> = []
        // Depth-first in document order with an explicit stack: (outline, folders above it).
        var stack: [(XMLElement, [String])] =
            (root.child("body", in: [nil])?.children ?? []).reversed().map { ($0, []) }
        while let (outline, folders) = stack.popLast() {
            guard outline.localName == "outline" else { continue }
            let title = outline.trimmedAttribute("title") ?? outline.trimmedAttribute("text")
            // Attribute names in any letter case: `xmlUrl`, `xmlurl` and `xmlURL` are all seen.
            if let feedURL = outline.trimmedAttribute("xmlUrl", ignoringCase: true), seen.insert(feedURL).inserted {
                subscriptions.append(
                    FeedSubscription(
                        feedURL: feedURL, siteURL: outline.trimmedAttribute("htmlUrl", ignoringCase: true),
                        title: title,
                        type: outline.trimmedAttribute("type")?.lowercased(),
                        categories: (outline.attribute("category") ?? "").split(separator: ",")
                            .map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty },
                        folders: folders,
                        language: outline.trimmedAttribute("language").flatMap(HTMLMetadataExtractor.languageCode)))
            }
            let childFolders = title.map { folders + [$0] } ?? folders
            stack += outline.children.reversed().map { ($0, childFolders) }
        }
        guard !subscriptions.isEmpty else {
            throw InputError(.emptyInput, "the OPML list has no feeds (no outline with an xmlUrl)", file: file)
        }
    }
}
