import Foundation

/// One feed listed in an OPML file: an `outline` with an `xmlUrl`.
public struct FeedSubscription: Sendable, Hashable {
    /// Where a subscription's feed can be read.
    public enum Location: Sendable, Hashable {
        /// A local file (from a plain path or a `file://` URL, made absolute).
        case file(path: String)
        /// An `http` or `https` address, which has to be fetched (`feed://` is read as `http://`).
        case web(url: String)
        /// A scheme Storyline cannot read (`ftp:`, `mailto:` …), with the address as written.
        case unsupported(String)
    }

    /// The feed's address as the OPML file writes it (`xmlUrl`).
    public var feedURL: String
    /// The site the feed belongs to (`htmlUrl`).
    public var siteURL: String?
    /// The outline's `title`, else its `text`.
    public var title: String?
    /// The outline's `type`, lowercased (`rss`, `atom`), when given.
    public var type: String?
    /// The outline's `category` values (OPML 2.0: comma-separated, often `/`-separated paths).
    public var categories: [String]
    /// The titles of the outlines it is nested in, outermost first (the reader's folders).
    public var folders: [String]
    /// ISO 639-1 code from the outline's `language`, when given.
    public var language: String?

    /// A subscription with the given fields.
    public init(
        feedURL: String, siteURL: String? = nil, title: String? = nil, type: String? = nil, categories: [String] = [],
        folders: [String] = [], language: String? = nil
    ) {
        self.feedURL = feedURL
        self.siteURL = siteURL
        self.title = title
        self.type = type
        self.categories = categories
        self.folders = folders
        self.language = language
    }

    /// Where to read the feed. A relative path is taken relative to the folder of `listPath`, the OPML
    /// file that lists it (the current folder when nil or `-`).
    public func location(relativeTo listPath: String?) -> Location {
        let address = feedURL.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = address.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return .web(url: address) }
        if lowered.hasPrefix("feed://") { return .web(url: "http://" + address.dropFirst("feed://".count)) }
        if lowered.hasPrefix("file:") {
            guard let url = URL(string: address), url.isFileURL, !url.path.isEmpty else { return .unsupported(address) }
            return .file(path: url.standardizedFileURL.path)
        }
        if Self.hasScheme(address) { return .unsupported(address) }
        let folder: URL
        if let listPath, listPath != "-" {
            folder = URL(fileURLWithPath: listPath).deletingLastPathComponent()
        } else {
            folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        }
        let url = address.hasPrefix("/") ? URL(fileURLWithPath: address) : folder.appendingPathComponent(address)
        return .file(path: url.standardizedFileURL.path)
    }

    /// `scheme:` with a scheme of two or more letters (so a Windows drive letter is not one).
    private static func hasScheme(_ address: String) -> Bool {
        guard let colon = address.firstIndex(of: ":") else { return false }
        let scheme = address[..<colon]
        return scheme.count >= 2 && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
