import Foundation
import GRDB
import StorylineCore
import StorylineGrouping

extension ArticleStore {
    /// Stories, largest and newest first.
    public func storySummaries(limit: Int? = nil, offset: Int = 0) async throws(StoreError) -> [StorySummary] {
        try await readValue { db in
            let ids = try String.fetchAll(
                db,
                sql: """
                    SELECT sa.storyId FROM storyArticle sa JOIN article a ON a.id = sa.articleId
                    GROUP BY sa.storyId ORDER BY COUNT(*) DESC, MAX(a.publishedEpoch) DESC, sa.storyId
                    LIMIT ? OFFSET ?
                    """, arguments: [limit ?? -1, offset])
            return try ids.map { try Self.storySummary(id: $0, db) }
        }
    }

    /// The story with id `id` (or a unique prefix of it); a merged-away id leads to the story it joined.
    public func story(id: String) async throws(StoreError) -> StoryDetail? {
        let found: StoryDetail?? = try await readValue { db -> StoryDetail?? in
            guard var resolved = try Self.resolveStory(id, db) else { return .some(nil) }
            if resolved.isEmpty { return nil }
            // Follow merges to the story that holds the articles now.
            var hops = 0
            while let next = try String.fetchOne(db, sql: "SELECT mergedInto FROM story WHERE id = ?", arguments: [resolved]),
                hops < 100
            {
                resolved = next
                hops += 1
            }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.source, a.url, a.title, a.outlet, a.author, a.published, a.language,
                           length(a.text) AS textLength,
                           (SELECT COUNT(*) FROM removedSegment r WHERE r.articleId = a.id) AS removedCount,
                           sa.evidence, sa.placedBy
                    FROM storyArticle sa JOIN article a ON a.id = sa.articleId
                    WHERE sa.storyId = ? ORDER BY a.publishedEpoch IS NULL, a.publishedEpoch, a.id
                    """, arguments: [resolved])
            let decoder = JSONDecoder()
            let members = rows.map { row in
                StoryDetail.Member(
                    article: Self.articleSummary(row),
                    evidence: (row["evidence"] as String?).flatMap { try? decoder.decode(JoinEvidence.self, from: Data($0.utf8)) },
                    placedBy: row["placedBy"])
            }
            let mergedFrom = try String.fetchAll(db, sql: "SELECT id FROM story WHERE mergedInto = ? ORDER BY id", arguments: [resolved])
            return .some(StoryDetail(summary: try Self.storySummary(id: resolved, db), members: members, mergedFrom: mergedFrom))
        }
        guard let found else { throw StoreError(.invalidValue, "story id prefix '\(id)' matches several stories") }
        return found
    }

    /// Manual fix: moves every article of story `other` into `story`. Later ingests keep it so.
    public func mergeStories(_ story: String, _ other: String) async throws(StoreError) -> (kept: String, absorbed: String) {
        do {
            return try await pool.write { db in
                let kept = try Self.requireLiveStory(story, db)
                let absorbed = try Self.requireLiveStory(other, db)
                guard kept != absorbed else { throw StoreError(.invalidValue, "cannot merge story \(kept) with itself") }
                try db.execute(sql: "UPDATE storyArticle SET placedBy = 'merge' WHERE storyId = ?", arguments: [absorbed])
                try Self.move(story: absorbed, into: kept, db)
                try db.execute(sql: "DELETE FROM keptApart WHERE storyA = storyB")
                try db.execute(
                    sql: "INSERT INTO storyFix (kind, story, other, createdAt) VALUES ('merge', ?, ?, ?)",
                    arguments: [kept, absorbed, Self.timestamp()])
                return (kept, absorbed)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.writeFailed, "cannot merge stories in \(path): \(Self.describe(error))")
        }
    }

    /// Manual fix: moves `articles` out of `story` into a new story that automatic merging will never
    /// join back. Returns the new story's id.
    public func splitStory(_ story: String, articles: [String]) async throws(StoreError) -> String {
        do {
            return try await pool.write { db in
                let source = try Self.requireLiveStory(story, db)
                guard !articles.isEmpty else { throw StoreError(.invalidValue, "name at least one article to split off") }
                var moving: [String] = []
                for article in articles {
                    let matches = try String.fetchAll(
                        db, sql: "SELECT articleId FROM storyArticle WHERE storyId = ? AND (articleId = ? OR articleId LIKE ?)",
                        arguments: [source, article, article + "%"])
                    guard let id = matches.count == 1 ? matches[0] : matches.first(where: { $0 == article }) else {
                        throw StoreError(
                            .notFound, matches.isEmpty ? "article \(article) is not in story \(source)"
                                : "article id prefix '\(article)' matches several articles of story \(source)")
                    }
                    moving.append(id)
                }
                let remaining = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM storyArticle WHERE storyId = ?", arguments: [source]) ?? 0
                guard Set(moving).count < remaining else {
                    throw StoreError(.invalidValue, "splitting off every article of story \(source) would leave it empty")
                }
                let newStory = StoryClusterer.storyID(firstArticle: "split:" + source + ":" + moving.sorted().joined(separator: ","))
                try db.execute(sql: "INSERT OR IGNORE INTO story (id, createdAt) VALUES (?, ?)", arguments: [newStory, Self.timestamp()])
                for id in moving {
                    try db.execute(
                        sql: "UPDATE storyArticle SET storyId = ?, placedBy = 'split', evidence = NULL WHERE articleId = ?",
                        arguments: [newStory, id])
                }
                let pair = [source, newStory].sorted()
                try db.execute(sql: "INSERT OR IGNORE INTO keptApart (storyA, storyB) VALUES (?, ?)", arguments: [pair[0], pair[1]])
                try db.execute(
                    sql: "INSERT INTO storyFix (kind, story, other, articles, createdAt) VALUES ('split', ?, ?, ?, ?)",
                    arguments: [source, newStory, moving.joined(separator: ","), Self.timestamp()])
                return newStory
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.writeFailed, "cannot split story in \(path): \(Self.describe(error))")
        }
    }

    /// The full id of a story that currently holds articles, from an id or unique prefix.
    static func requireLiveStory(_ id: String, _ db: Database) throws -> String {
        let matches = try String.fetchAll(
            db, sql: "SELECT DISTINCT storyId FROM storyArticle WHERE storyId = ? OR storyId LIKE ? LIMIT 2",
            arguments: [id, id + "%"])
        if matches.contains(id) { return id }
        guard matches.count == 1 else {
            throw StoreError(matches.isEmpty ? .notFound : .invalidValue,
                             matches.isEmpty ? "no story \(id) with articles" : "story id prefix '\(id)' matches several stories")
        }
        return matches[0]
    }

    /// The full id for `id` or a unique prefix: nil when none, "" when ambiguous.
    static func resolveStory(_ id: String, _ db: Database) throws -> String? {
        let matches = try String.fetchAll(db, sql: "SELECT id FROM story WHERE id = ? OR id LIKE ? LIMIT 2", arguments: [id, id + "%"])
        if matches.contains(id) { return id }
        if matches.count > 1 { return "" }
        return matches.first
    }

    static func storySummary(id: String, _ db: Database) throws -> StorySummary {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.title, a.outlet, a.published FROM storyArticle sa JOIN article a ON a.id = sa.articleId
                WHERE sa.storyId = ? ORDER BY a.publishedEpoch IS NULL, a.publishedEpoch, a.id
                """, arguments: [id])
        let dates = rows.compactMap { ($0["published"] as String?).flatMap { PublicationDate(iso8601: $0) } }
        let outlets = Set(rows.compactMap { $0["outlet"] as String? }).sorted()
        return StorySummary(
            id: id, title: rows.lazy.compactMap { $0["title"] as String? }.first, articleCount: rows.count,
            outlets: outlets, first: dates.min(), last: dates.max())
    }

    static func articleSummary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], source: row["source"], url: row["url"], title: row["title"], outlet: row["outlet"],
            author: row["author"], published: (row["published"] as String?).flatMap { PublicationDate(iso8601: $0) },
            language: row["language"], textLength: row["textLength"], removedCount: row["removedCount"])
    }
}
