import Foundation

extension ArticleExtractor {
    /// The drafts of the feed in `document`, one per entry, and an error for each entry without text
    /// (or one for a feed that cannot be read).
    func feedDrafts(_ document: RawDocument) -> (drafts: [PendingDraft], errors: [InputError]) {
        var drafts: [PendingDraft] = []
        var errors: [InputError] = []
        for entry in FeedArticleReader().read(Array(document.data), url: nil, file: document.name) {
            switch entry {
            case .article(let draft, let index):
                // Entries without a link are told apart by their guid (stable as the feed changes), else position.
                let key = "\(document.sourceKey)#\(draft.extra["guid"] ?? String(index))"
                drafts.append(PendingDraft(draft: draft, file: document.name, sourceKey: key))
            case .failure(let error):
                errors.append(error)
            }
        }
        return (drafts, errors)
    }

    /// The drafts of the local feeds an OPML list names (paths relative to the list's folder, or
    /// `file://` URLs); one error per feed on the web, which reading files cannot fetch.
    func opmlDrafts(_ document: RawDocument) throws(InputError) -> (drafts: [PendingDraft], errors: [InputError]) {
        let list = try OPMLDocument(parsing: Array(document.data), file: document.name)
        var drafts: [PendingDraft] = []
        var errors: [InputError] = []
        for subscription in list.subscriptions {
            switch subscription.location(relativeTo: document.name == "-" ? nil : document.name) {
            case .web(let url):
                let message = "feed \(url) needs fetching; use `storyline watch \(document.name)`"
                errors.append(InputError(.needsFetching, message, file: document.name))
            case .unsupported(let address):
                let message = "feed \(address) cannot be read: only local files and http(s) feeds are supported"
                errors.append(InputError(.unsupportedFormat, message, file: document.name))
            case .file(let path):
                guard FileManager.default.fileExists(atPath: path) else {
                    let message = "feed \(subscription.feedURL) does not exist (\(path))"
                    errors.append(InputError(.unreadable, message, file: document.name))
                    continue
                }
                do {
                    let feed = feedDrafts(try collector.read(.file(path: path)))
                    drafts += feed.drafts
                    errors += feed.errors
                } catch {
                    errors.append(error)
                }
            }
        }
        return (drafts, errors)
    }
}
