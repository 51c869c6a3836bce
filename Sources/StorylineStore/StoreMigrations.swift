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
        migrator.registerMigration("v2-grouping") { db in
            try db.create(table: "signature") { table in
                table.primaryKey("articleId", .text).references("article", onDelete: .cascade)
                table.column("minhash", .blob).notNull()
            }
            try db.create(table: "story") { table in
                table.primaryKey("id", .text)
                table.column("createdAt", .text).notNull()
                // Set when the story was merged into another; its articles moved there.
                table.column("mergedInto", .text)
            }
            try db.create(table: "storyArticle") { table in
                table.primaryKey("articleId", .text).references("article", onDelete: .cascade)
                table.column("storyId", .text).notNull().indexed()
                // JSON of the join evidence; null for the article that started the story.
                table.column("evidence", .text)
                // "auto", or "merge"/"split" when a manual fix put it there.
                table.column("placedBy", .text).notNull()
            }
            try db.create(table: "storyFix") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("story", .text).notNull()
                table.column("other", .text).notNull()
                table.column("articles", .text)
                table.column("createdAt", .text).notNull()
            }
            try db.create(table: "keptApart") { table in
                table.column("storyA", .text).notNull()
                table.column("storyB", .text).notNull()
                table.primaryKey(["storyA", "storyB"])
            }
            try db.create(table: "termFrequency") { table in
                table.primaryKey("term", .integer)
                table.column("count", .integer).notNull()
            }
            try db.create(table: "corpusCount") { table in
                table.primaryKey("name", .text)
                table.column("value", .integer).notNull()
            }
            try db.create(table: "duplicateLink") { table in
                table.primaryKey("articleId", .text).references("article", onDelete: .cascade)
                table.column("derivedFrom", .text).notNull().indexed()
                table.column("similarity", .double).notNull()
                table.column("kind", .text).notNull()
            }
        }
        return migrator
    }
}
