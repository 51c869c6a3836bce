import GRDB

/// The store's schema, one migration per version. Migrations are append-only: never edit a shipped one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles") { db in
            try db.create(table: "article") { table in
                table.primaryKey("id", .text)
                table.column("source", .text).notNull()
                table.column("url", .text)
                table.column("title", .text)
                table.column("outlet", .text)
                table.column("author", .text)
                table.column("published", .text)
                // Seconds since the epoch (a missing zone counts as UTC), for ordering and time windows.
                table.column("publishedEpoch", .integer)
                table.column("language", .text)
                table.column("text", .text).notNull()
                // FNV-1a of the clean text: tells a re-ingest of the same article from a different one
                // that reuses its id.
                table.column("contentHash", .text).notNull()
                table.column("original", .text).notNull()
                table.column("ingestedAt", .text).notNull()
            }
            try db.create(index: "article_published", on: "article", columns: ["publishedEpoch"])
            try db.create(table: "removedSegment") { table in
                table.column("articleId", .text).notNull().references("article", onDelete: .cascade)
                table.column("position", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("reason", .text).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.primaryKey(["articleId", "position"])
            }
        }
        return migrator
    }
}
