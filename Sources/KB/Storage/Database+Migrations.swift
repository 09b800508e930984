import Foundation
import GRDB

/// Migrations: `Migrations/*.sql`, each applied once, in order, recorded in `grdb_migrations`
/// (the table GRDB's migrator used before, so earlier databases read the same).
extension KBDatabase {
    /// Brings `queue`'s database to the latest schema. All pending migrations run in one exclusive
    /// transaction, after the file is identified again under that lock: simultaneous first ingests
    /// wait for each other (busy timeout) instead of racing to create the same tables, and a kill
    /// leaves either the old schema or the new one, never a part.
    static func migrate(_ queue: DatabaseQueue, path: String) throws {
        // Most runs find nothing to do; a read needs no lock.
        let applied = try queue.read { try identify($0, path: path) } ?? []
        if migrationNames.allSatisfy(applied.contains) { return }
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.exclusive) {
                // Another kbctl may have created or migrated the file while this one waited.
                let applied = try identify(db, path: path) ?? []
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                for (file, sql) in Embedded.migrations {
                    let name = String(file.dropLast(4))
                    if applied.contains(name) { continue }
                    try db.execute(sql: sql)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [name])
                }
                return .commit
            }
        }
    }

    /// Applies the migrations up to and including `last` to a database, for tests of older schemas.
    static func migrate(_ queue: DatabaseQueue, upTo last: String) throws {
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for (file, sql) in Embedded.migrations {
                let name = String(file.dropLast(4))
                try db.execute(sql: sql)
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [name])
                if name == last { break }
            }
        }
    }
}
