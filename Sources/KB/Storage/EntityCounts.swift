import GRDB

/// How many mentions and documents each entity has (`entity_counts`, migration 0011), kept in step
/// by every kbctl writer in the transaction that stores or deletes a document, so that questions
/// about entities read one row instead of counting mentions (1.2 million for an alliance at
/// 100,000 articles). One place decides how a document changes them.
enum EntityCounts {
    /// Mentions and documents per entity, not yet written: what one or more stored documents add.
    typealias Tally = [Int64: (mentions: Int, documents: Int)]

    /// Adds a stored document's mentions: `entities` holds each mention's entity id.
    static func add(_ db: Database, mentioning entities: [Int64]) throws {
        var tally: Tally = [:]
        count(entities, into: &tally)
        try add(db, tally)
    }

    /// Counts one document's mentions (each mention's entity id) into `tally`.
    static func count(_ entities: [Int64], into tally: inout Tally) {
        var perEntity: [Int64: Int] = [:]
        for e in entities { perEntity[e, default: 0] += 1 }
        for (e, n) in perEntity { tally[e, default: (0, 0)].mentions += n; tally[e, default: (0, 0)].documents += 1 }
    }

    /// Writes what `tally` adds: one statement per entity, however many documents it counts.
    static func add(_ db: Database, _ tally: Tally) throws {
        guard !tally.isEmpty else { return }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entity_counts (entity_id, mentions, documents) VALUES (?, ?, ?)
            ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
            """)
        // Sorted: the same documents write their rows in the same order, whatever the hash seed.
        for (e, n) in tally.sorted(by: { $0.key < $1.key }) { try upsert.execute(arguments: [e, n.mentions, n.documents]) }
    }

    /// Takes a stored document's mentions away from the counts and deletes the document (its rows
    /// go with it); returns the entities it mentioned, the only ones it can leave without a mention.
    static func forgetDocument(_ db: Database, id: Int64) throws -> [Int64] {
        let counts = try Row.fetchAll(db, sql: """
            SELECT m.entity_id, count(*) FROM sentences s JOIN mentions m ON m.sentence_id = s.id
            WHERE s.document_id = ? GROUP BY m.entity_id
            """, arguments: [id])
        let update = try db.cachedStatement(sql: "UPDATE entity_counts SET mentions = mentions - ?, documents = documents - 1 WHERE entity_id = ?")
        for row in counts { try update.execute(arguments: [row[1] as Int64, row[0] as Int64]) }
        // Through the index on mentions: the rows just emptied, not every entity.
        try db.execute(sql: "DELETE FROM entity_counts WHERE mentions <= 0")
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
        return counts.map { $0[0] as Int64 }
    }

    /// Counts every entity again from the mentions (linear in the mentions: `reextract` runs it).
    static func recount(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM entity_counts")
        try db.execute(sql: """
            INSERT INTO entity_counts (entity_id, mentions, documents)
            SELECT m.entity_id, count(*), count(DISTINCT s.document_id) FROM mentions m JOIN sentences s ON s.id = m.sentence_id
            GROUP BY m.entity_id
            """)
    }

    /// Entities whose counts differ from their mentions, or that have a count and no mention (a
    /// row of `kbctl check`).
    static let mismatches = """
        SELECT count(*) FROM (
            SELECT m.entity_id, count(*) AS mentions, count(DISTINCT s.document_id) AS documents
            FROM mentions m JOIN sentences s ON s.id = m.sentence_id GROUP BY m.entity_id
        ) a FULL JOIN entity_counts c ON c.entity_id = a.entity_id
        WHERE c.entity_id IS NULL OR a.entity_id IS NULL OR c.mentions <> a.mentions OR c.documents <> a.documents
        """
}
