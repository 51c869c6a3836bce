import Foundation
import GRDB
import StorylineCore

/// The embedded store: articles and their removed segments in one SQLite file (WAL mode), via GRDB.
///
/// Every ``insert(_:)`` is one transaction and ignores ids already stored, so ingest is idempotent
/// and a process killed mid-run loses nothing it had committed: running it again completes the work.
///
/// ```swift
/// let store = try ArticleStore(path: "storyline.sqlite")
/// let summary = try await store.insert(articles)
/// ```
public final class ArticleStore: Sendable {
    /// The path of the SQLite file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(.cannotOpen, "cannot open store \(path): \(Self.describe(error))")
        }
        do {
            try StoreMigrations.migrator.migrate(pool)
        } catch {
            throw StoreError(.migrationFailed, "cannot prepare store \(path): \(Self.describe(error))")
        }
    }

    /// Stores `articles` in one transaction. An article whose id is already stored with the same text is
    /// skipped; one whose id is taken by a different article is stored as `id~hash` (see
    /// ``InsertSummary/renamed``). Nothing stored is ever overwritten.
    public func insert(_ articles: [Article]) async throws(StoreError) -> InsertSummary {
        let ingestedAt = Self.timestamp()
        do {
            return try await pool.write { db in
                var summary = InsertSummary()
                for article in articles {
                    let hash = ArticleIdentity.hex(ArticleIdentity.fnv1a64(article.text))
                    if try Self.insertIfNew(article, id: article.id, contentHash: hash, ingestedAt: ingestedAt, db) {
                        summary.inserted += 1
                        continue
                    }
                    let storedHash = try String.fetchOne(
                        db, sql: "SELECT contentHash FROM article WHERE id = ?", arguments: [article.id])
                    if storedHash == hash {
                        summary.alreadyStored += 1
                        continue
                    }
                    // The id is taken by a different article: keep both, the newcomer under a derived id.
                    let derived = article.id + "~" + hash.prefix(8)
                    if try Self.insertIfNew(article, id: derived, contentHash: hash, ingestedAt: ingestedAt, db) {
                        summary.inserted += 1
                        summary.renamed.append(InsertSummary.Renamed(givenID: article.id, storedID: derived))
                    } else {
                        summary.alreadyStored += 1
                    }
                }
                return summary
            }
        } catch {
            throw StoreError(.writeFailed, "cannot write to store \(path): \(Self.describe(error))")
        }
    }

    /// Inserts `article` under `id` with its removed segments; false when the id is already stored.
    private static func insertIfNew(
        _ article: Article, id: String, contentHash: String, ingestedAt: String, _ db: Database
    ) throws -> Bool {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO article
                (id, source, url, title, outlet, author, published, publishedEpoch, language, text, contentHash,
                 original, ingestedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, article.source, article.url, article.title, article.outlet, article.author,
                article.published?.iso8601, article.published?.secondsSinceEpoch, article.language, article.text,
                contentHash, article.original, ingestedAt,
            ])
        guard db.changesCount > 0 else { return false }
        for (position, segment) in article.removed.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO removedSegment (articleId, position, text, reason, start, end)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, position, segment.text, segment.reason.rawValue, segment.start, segment.end])
        }
        return true
    }

    /// How many articles are stored.
    public func articleCount() async throws(StoreError) -> Int {
        try await readValue { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// Stored articles in publication order (undated last), without their bodies.
    public func articleSummaries(limit: Int? = nil, offset: Int = 0) async throws(StoreError) -> [ArticleSummary] {
        try await readValue { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.source, a.url, a.title, a.outlet, a.author, a.published, a.language,
                           length(a.text) AS textLength,
                           (SELECT COUNT(*) FROM removedSegment r WHERE r.articleId = a.id) AS removedCount
                    FROM article a
                    ORDER BY a.publishedEpoch IS NULL, a.publishedEpoch, a.id
                    LIMIT ? OFFSET ?
                    """,
                arguments: [limit ?? -1, offset])
            return rows.map { row in
                ArticleSummary(
                    id: row["id"], source: row["source"], url: row["url"], title: row["title"],
                    outlet: row["outlet"], author: row["author"],
                    published: (row["published"] as String?).flatMap { PublicationDate(iso8601: $0) },
                    language: row["language"], textLength: row["textLength"], removedCount: row["removedCount"])
            }
        }
    }

    /// The article with id `id`, or with an id that starts with `id` when exactly one does.
    public func article(id: String) async throws(StoreError) -> Article? {
        let found: Article?? = try await readValue { db -> Article?? in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM article WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id = ? DESC LIMIT 2",
                arguments: [id, Self.likePrefix(id), id])
            guard let row = rows.first else { return .some(nil) }
            if rows.count > 1, (row["id"] as String) != id { return nil }  // ambiguous prefix
            let segments = try Row.fetchAll(
                db, sql: "SELECT * FROM removedSegment WHERE articleId = ? ORDER BY position", arguments: [row["id"]]
            ).map { segment in
                RemovedSegment(
                    text: segment["text"], reason: RemovalReason(rawValue: segment["reason"]), start: segment["start"],
                    end: segment["end"])
            }
            return .some(
                Article(
                    id: row["id"], source: row["source"], url: row["url"], title: row["title"], outlet: row["outlet"],
                    author: row["author"],
                    published: (row["published"] as String?).flatMap { PublicationDate(iso8601: $0) },
                    language: row["language"], text: row["text"], removed: segments, original: row["original"]))
        }
        guard let found else { throw StoreError(.invalidValue, "article id prefix '\(id)' matches several articles") }
        return found
    }

    private static func likePrefix(_ prefix: String) -> String {
        prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
