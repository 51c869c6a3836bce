import Foundation

/// Reads the pages a WARC record captured into article drafts.
///
/// For a `response` record holding an HTTP response (`application/http; msgtype=response`): the status
/// line and headers are parsed, chunked transfer encoding and gzip/deflate content encoding are undone,
/// and a `200` response whose `Content-Type` is HTML or XHTML is read by ``HTMLArticleReader`` with the
/// header's charset. A `resource` record is read the same way by its own `Content-Type`. Captured feeds
/// (RSS, Atom, JSON Feed) give one draft per entry when ``readsFeeds`` is on.
///
/// Each draft's `url` is the `WARC-Target-URI` (a different canonical URL in the page goes to
/// `extra["canonical"]`), and `extra["fetched"]` holds the `WARC-Date`: when the page was captured,
/// which is not its publication date. Other responses (redirects, errors, images, scripts, pages with no
/// text at all) are skipped with a reason, not reported as errors.
public struct WARCArticleReader: Sendable {
    /// What became of one record.
    public struct Outcome: Sendable {
        public var drafts: [DocumentDraft] = []
        public var errors: [InputError] = []
        /// Why the record gave nothing, when it was skipped.
        public var skipped: SkipReason?
    }

    /// Why a record gave no article.
    public enum SkipReason: String, Sendable, Hashable {
        /// Not an HTTP response (e.g. a DNS record) or not a response or resource record.
        case notHTTP = "not-http"
        /// An HTTP status other than 200.
        case status
        /// Neither HTML nor a feed (images, scripts, PDF …).
        case mediaType = "media-type"
        /// HTML with no text at all.
        case noText = "no-text"
    }

    /// Decompressed bodies larger than this are refused (as the input size limit).
    public var maximumSize: Int
    /// Whether captured RSS, Atom and JSON feeds are read too.
    public var readsFeeds = true

    /// A reader with the given body size limit.
    public init(maximumSize: Int = 64 * 1024 * 1024) {
        self.maximumSize = maximumSize
    }

    /// The drafts in `record`, read from the WARC file named `file`.
    public func read(_ record: WARCRecord, file: String) -> Outcome {
        let header = record.header
        let url = header.targetURI
        let position = record.position + (url.map { " (\($0))" } ?? "")
        func failure(_ message: String, _ code: InputError.Code = .malformedRecord) -> Outcome {
            Outcome(errors: [InputError(code, "\(position): \(message)", file: file)])
        }
        let payload: [UInt8]
        let mediaType: MediaType?
        switch header.type {
        case "response":
            let recordType = MediaType(header.contentType ?? "").type
            guard recordType == "application/http" || record.block.starts(with: Array("HTTP/".utf8)) else {
                return Outcome(skipped: .notHTTP)
            }
            guard let response = HTTPResponse(parsing: record.block) else {
                return failure("the HTTP response's status line or headers cannot be read")
            }
            guard response.status == 200 else { return Outcome(skipped: .status) }
            mediaType = response.mediaType
            // Decide on the header before inflating anything: most of a crawl is images and scripts.
            if let mediaType, !mediaType.type.isEmpty, !mediaType.isHTML, !(readsFeeds && mediaType.mayBeFeed),
                mediaType.type != "text/plain", mediaType.type != "application/octet-stream"
            {
                return Outcome(skipped: .mediaType)
            }
            do {
                payload = try response.body(maximumSize: maximumSize)
            } catch {
                return failure("the HTTP body cannot be decoded: \(error.message)", error.code)
            }
        case "resource":
            mediaType = header.contentType.map(MediaType.init)
            payload = record.block
        default:
            return Outcome(skipped: .notHTTP)
        }
        var outcome: Outcome
        if mediaType?.isHTML == true || (mediaType?.mayBeFeed != true && Self.looksLikeHTML(payload)) {
            outcome = readPage(payload, charset: mediaType?.charset, url: url, file: file)
        } else if readsFeeds, FeedSniffer.kind(of: payload) == .feed {
            outcome = readFeed(payload, url: url, file: file, position: position)
        } else {
            return Outcome(skipped: .mediaType)
        }
        for index in outcome.drafts.indices {
            if let date = header.date { outcome.drafts[index].extra["fetched"] = date }
            outcome.drafts[index].extra["record"] = String(record.number)
        }
        return outcome
    }

    private func readPage(_ payload: [UInt8], charset: String?, url: String?, file: String) -> Outcome {
        do {
            var draft = try HTMLArticleReader(encoding: charset).read(payload, url: url, file: file)
            if let url {
                if let canonical = draft.url, canonical != url { draft.extra["canonical"] = canonical }
                draft.url = url
            }
            return Outcome(drafts: [draft])
        } catch {
            // A crawl is full of pages with no text (redirect stubs, script shells): not worth an error each.
            return Outcome(skipped: .noText)
        }
    }

    private func readFeed(_ payload: [UInt8], url: String?, file: String, position: String) -> Outcome {
        var outcome = Outcome()
        for entry in FeedArticleReader().read(payload, url: url, file: file) {
            switch entry {
            case .article(let draft, _):
                outcome.drafts.append(draft)
            case .failure(var error):
                error.message = "\(position): \(error.message)"
                outcome.errors.append(error)
            }
        }
        return outcome
    }

    /// Whether a body with no telling media type starts like an HTML page.
    static func looksLikeHTML(_ payload: [UInt8]) -> Bool {
        let head = RawDocument(name: "", sourceKey: "", data: Data(payload.prefix(4096)))
        return DocumentFormat.detect(head) == .html
    }
}
