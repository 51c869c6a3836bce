import Foundation
import GRDB
import StorylineGrouping

extension ArticleStore {
    /// Up to `limit` articles not yet placed in a story, in publication order (undated last).
    public func ungroupedArticles(limit: Int) async throws(StoreError) -> [GroupingArticle] {
        try await readRows(
            sql: """
                SELECT a.id, a.title, a.text, a.publishedEpoch FROM article a
                LEFT JOIN storyArticle s ON s.articleId = a.id
                WHERE s.articleId IS NULL
                ORDER BY a.publishedEpoch IS NULL, a.publishedEpoch, a.id LIMIT ?
                """, arguments: [limit], Self.groupingArticle)
    }

    /// The newest publication time stored, if any article is dated.
    public func latestPublished() async throws(StoreError) -> Int? {
        try await readValue { db in try Int.fetchOne(db, sql: "SELECT MAX(publishedEpoch) FROM article") }
    }

    /// The articles of every story whose newest article is at or after `since`, or that has no dated
    /// article; merged-away stories excluded. Grouped by story, each in publication order.
    public func activeStoryArticles(since: Int) async throws(StoreError) -> [String: [GroupingArticle]] {
        let rows = try await readRows(
            sql: """
                SELECT sa.storyId, a.id, a.title, a.text, a.publishedEpoch FROM storyArticle sa
                JOIN article a ON a.id = sa.articleId
                WHERE sa.storyId IN (
                    SELECT sa2.storyId FROM storyArticle sa2 JOIN article a2 ON a2.id = sa2.articleId
                    GROUP BY sa2.storyId HAVING MAX(a2.publishedEpoch) >= ? OR MAX(a2.publishedEpoch) IS NULL)
                ORDER BY sa.storyId, a.publishedEpoch IS NULL, a.publishedEpoch, a.id
                """, arguments: [since]) { row in (row["storyId"] as String, Self.groupingArticle(row)) }
        var result: [String: [GroupingArticle]] = [:]
        for (story, article) in rows { result[story, default: []].append(article) }
        return result
    }

    /// Stored document frequencies of `terms`, and how many articles they cover.
    public func documentFrequencies(of terms: Set<UInt32>) async throws(StoreError) -> (documents: Int, counts: [UInt32: Int32]) {
        let list = Array(terms)
        return try await readValue { db in
            let documents = try Int.fetchOne(db, sql: "SELECT value FROM corpusCount WHERE name = 'documents'") ?? 0
            var counts: [UInt32: Int32] = [:]
            for start in stride(from: 0, to: list.count, by: 500) {
                let chunk = list[start..<min(start + 500, list.count)]
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchAll(
                    db, sql: "SELECT term, count FROM termFrequency WHERE term IN (\(marks))",
                    arguments: StatementArguments(chunk.map { Int64($0) }))
                for row in rows { counts[UInt32(truncatingIfNeeded: row["term"] as Int64)] = Int32(row["count"] as Int64) }
            }
            return (documents, counts)
        }
    }

    /// Pairs of story ids that a manual split keeps apart, each sorted.
    public func keptApartPairs() async throws(StoreError) -> Set<[String]> {
        let pairs = try await readRows(sql: "SELECT storyA, storyB FROM keptApart", arguments: []) { row in
            [row["storyA"] as String, row["storyB"] as String].sorted()
        }
        return Set(pairs)
    }

    /// MinHash signatures of the articles published at or after `since`, and of undated ones.
    public func signatures(since: Int) async throws(StoreError) -> [(article: String, time: Int?, signature: MinHashSignature)] {
        let rows: [(article: String, time: Int?, signature: MinHashSignature)] = try await readRows(
            sql: """
                SELECT s.articleId, s.minhash, a.publishedEpoch FROM signature s JOIN article a ON a.id = s.articleId
                WHERE a.publishedEpoch >= ? OR a.publishedEpoch IS NULL
                """, arguments: [since]) { row in
            (article: row["articleId"] as String, time: row["publishedEpoch"] as Int?,
             signature: Self.signature(from: row["minhash"]))
        }
        return rows
    }

    /// The clean texts of `ids`.
    public func texts(of ids: [String]) async throws(StoreError) -> [String: String] {
        try await readValue { db in
            var texts: [String: String] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, text FROM article WHERE id IN (\(marks))", arguments: StatementArguments(chunk))
                {
                    texts[row["id"]] = row["text"]
                }
            }
            return texts
        }
    }

    /// Writes one grouping step in one transaction.
    public func apply(_ update: GroupingUpdate) async throws(StoreError) {
        let now = Self.timestamp()
        do {
            try await pool.write { db in
                for (article, signature) in update.signatures {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO signature (articleId, minhash) VALUES (?, ?)",
                        arguments: [article, Self.blob(of: signature)])
                }
                for (term, count) in update.termCounts {
                    try db.execute(
                        sql: """
                            INSERT INTO termFrequency (term, count) VALUES (?, ?)
                            ON CONFLICT(term) DO UPDATE SET count = count + excluded.count
                            """, arguments: [Int64(term), count])
                }
                try db.execute(
                    sql: """
                        INSERT INTO corpusCount (name, value) VALUES ('documents', ?)
                        ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
                        """, arguments: [update.documents])
                for placement in update.placements {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO story (id, createdAt) VALUES (?, ?)", arguments: [placement.story, now])
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO storyArticle (articleId, storyId, evidence, placedBy)
                            VALUES (?, ?, ?, 'auto')
                            """,
                        arguments: [placement.article, placement.story, try placement.evidence.map(Self.json)])
                }
                for merge in update.merges {
                    try Self.move(story: merge.absorbed, into: merge.kept, db)
                }
                for link in update.duplicateLinks {
                    try db.execute(
                        sql: """
                            INSERT OR REPLACE INTO duplicateLink (articleId, derivedFrom, similarity, kind)
                            VALUES (?, ?, ?, ?)
                            """, arguments: [link.article, link.derivedFrom, link.similarity, link.kind.rawValue])
                }
            }
        } catch {
            throw StoreError(.writeFailed, "cannot write stories to \(path): \(Self.describe(error))")
        }
    }

    /// Moves every article of `story` into `kept` and marks `story` as merged into it.
    static func move(story: String, into kept: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE storyArticle SET storyId = ? WHERE storyId = ?", arguments: [kept, story])
        try db.execute(sql: "UPDATE story SET mergedInto = ? WHERE id = ?", arguments: [kept, story])
        try db.execute(sql: "UPDATE story SET mergedInto = ? WHERE mergedInto = ?", arguments: [kept, story])
        try db.execute(sql: "UPDATE OR IGNORE keptApart SET storyA = ? WHERE storyA = ?", arguments: [kept, story])
        try db.execute(sql: "UPDATE OR IGNORE keptApart SET storyB = ? WHERE storyB = ?", arguments: [kept, story])
    }

    static func groupingArticle(_ row: Row) -> GroupingArticle {
        GroupingArticle(id: row["id"], title: row["title"], text: row["text"], time: row["publishedEpoch"])
    }

    static func blob(of signature: MinHashSignature) -> Data {
        var data = Data(capacity: signature.values.count * 4)
        for value in signature.values { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func signature(from blob: Data) -> MinHashSignature {
        var values: [UInt32] = []
        values.reserveCapacity(blob.count / 4)
        let bytes = [UInt8](blob)
        for start in stride(from: 0, to: bytes.count - 3, by: 4) {
            values.append(
                UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16
                    | UInt32(bytes[start + 3]) << 24)
        }
        return MinHashSignature(values: values)
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func readRows<T: Sendable>(
        sql: String, arguments: StatementArguments, _ transform: @escaping @Sendable (Row) -> T
    ) async throws(StoreError) -> [T] {
        try await readValue { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(transform) }
    }

    func readValue<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw StoreError(.readFailed, "cannot read store \(path): \(Self.describe(error))")
        }
    }
}
