import GRDB

/// Stores documents many to a transaction, each inside its own savepoint: a document that fails is
/// rolled back alone, the ones before it are committed, and a killed process still leaves only
/// whole documents (an uncommitted transaction is discarded as a whole).
///
/// It writes exactly the rows `Store.write` writes, in the same order, so row ids and every table
/// come out the same; what it saves is overhead: one commit per batch instead of per document,
/// statements prepared once and bound through the C API, and entity and alias ids kept in memory
/// instead of an `INSERT … RETURNING` per entity and an `INSERT OR IGNORE` per alias.
public final class BatchWriter {
    /// Documents per transaction.
    public static let defaultBatchSize = 100
    /// A batch is also committed when its documents hold this much text, so that memory stays
    /// bounded when the articles are large.
    public static let defaultBatchBytes = 4 << 20

    private let queue: DatabaseQueue
    private var statements: Statements?
    private var entityIDs: [EntityKey: Int64] = [:]
    private var aliases: Set<AliasKey> = []
    /// `PRAGMA data_version` after our last transaction: another connection that commits changes
    /// it, and then the caches may name entities it deleted.
    private var dataVersion: Int64?

    /// Sentences written in this transaction and not yet in `sentences_fts`: the insert trigger
    /// stands aside while meta 'fts_deferred' exists (migration 0008), and the index gets them in
    /// one statement before the commit.
    private var pendingSentences: [Int64] = []
    /// The highest relation and role ids already in `relation_groups` and `role_groups`: the
    /// batch's rows above them are grouped in one statement per table before the commit
    /// (`flushCounts`), and before anything deletes or changes rows, whose triggers move groups.
    private var groupedUpTo: (relations: Int64, roles: Int64) = (0, 0)
    /// What the batch's documents add to `entity_counts`, written with the groups: one statement
    /// per entity for the batch instead of one per entity and document.
    private var pendingCounts: EntityCounts.Tally = [:]
    /// What was pending before a replacement wrote it inside its savepoint: if the savepoint is
    /// rolled back, so is that work, and it is pending again. Taken only for a replacement, so
    /// that a new document copies nothing.
    private var undo: (sentences: [Int64], grouped: (relations: Int64, roles: Int64), counts: EntityCounts.Tally)?

    struct EntityKey: Hashable { var name: String, type: String }
    struct AliasKey: Hashable { var entity: Int64, alias: String }

    public init(queue: DatabaseQueue) { self.queue = queue }

    /// Stores `documents` in one transaction, each in a savepoint, and returns what happened to each.
    /// When one fails, it is rolled back, those before it are committed, and its error is thrown
    /// with the outcomes so far (the documents after it are not written).
    public func write(_ documents: [DocumentRows], force: Bool, ingestedAt: String) throws -> [Store.Outcome] {
        var outcomes: [Store.Outcome] = []
        var failure: Error?
        var version: Int64?
        do {
            try queue.inTransaction(.immediate) { db in
                version = try prepare(db)
                groupedUpTo = try RowGroups.lastIDs(db)
                pendingCounts.removeAll(keepingCapacity: true)
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('fts_deferred', '1')")
                for doc in documents {
                    do { outcomes.append(try writeInSavepoint(doc, db: db, force: force, ingestedAt: ingestedAt)) } catch {
                        failure = error
                        break
                    }
                }
                try fillFullTextIndex(db)
                try flushCounts(db)
                try db.execute(sql: "DELETE FROM meta WHERE key = 'fts_deferred'")
                return .commit
            }
        } catch {
            // The whole transaction was rolled back (a failed commit): the caches may name rows it took.
            pendingSentences.removeAll()
            forgetCaches()
            dataVersion = nil
            throw error
        }
        // Our own commits leave data_version as it was: only another connection's change moves it.
        dataVersion = version
        if let failure { throw BatchFailure(outcomes: outcomes, error: failure) }
        return outcomes
    }

    /// A document failed: `outcomes` are those of the documents before it, which were committed.
    public struct BatchFailure: Error {
        public var outcomes: [Store.Outcome]
        public var error: Error
    }

    /// Prepares the statements once, and forgets the caches when another connection committed
    /// since our last transaction; returns the data version seen.
    private func prepare(_ db: Database) throws -> Int64? {
        if statements == nil { statements = try Statements(db) }
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version")
        if version != dataVersion { forgetCaches() }
        return version
    }

    private func forgetCaches() {
        entityIDs.removeAll(keepingCapacity: true)
        aliases.removeAll(keepingCapacity: true)
    }

    private func writeInSavepoint(_ doc: DocumentRows, db: Database, force: Bool, ingestedAt: String) throws -> Store.Outcome {
        // What this document adds to the caches, to take back if its savepoint is rolled back.
        var added: (entities: [EntityKey], aliases: [AliasKey]) = ([], [])
        var outcome: Store.Outcome?
        var sentenceIDs: [Int64] = [], mentioned: [Int64] = []
        undo = nil
        defer { undo = nil }
        do {
            try db.inSavepoint {
                outcome = try write(doc, db: db, force: force, ingestedAt: ingestedAt, added: &added,
                                    sentenceIDs: &sentenceIDs, mentioned: &mentioned)
                return .commit
            }
            // Pending only once the document is stored: a rolled-back one adds nothing.
            pendingSentences += sentenceIDs
            EntityCounts.count(mentioned, into: &pendingCounts)
        } catch {
            for key in added.entities { entityIDs[key] = nil }
            for key in added.aliases { aliases.remove(key) }
            if let undo { (pendingSentences, groupedUpTo, pendingCounts) = (undo.sentences, undo.grouped, undo.counts) }
            throw error
        }
        return outcome!
    }

    private func write(_ doc: DocumentRows, db: Database, force: Bool, ingestedAt: String,
                       added: inout (entities: [EntityKey], aliases: [AliasKey]), sentenceIDs: inout [Int64],
                       mentioned: inout [Int64]) throws -> Store.Outcome {
        let s = statements!
        s.findDocument.bind(doc.sha256)
        let existing = try s.findDocument.fetchInt64()
        if let id = existing, !force { return .unchanged(documentID: id) }
        var formerEntities: [Int64] = []
        if let id = existing {
            // The delete triggers take the old sentences out of the index and the old rows out of
            // their groups: they must be in them.
            undo = (pendingSentences, groupedUpTo, pendingCounts)
            try fillFullTextIndex(db)
            formerEntities = try deletingRows(db) { try EntityCounts.forgetDocument(db, id: id) }
            // Cascades and orphan removal delete entities and aliases behind the caches' back.
            forgetCaches()
        }
        let documentID = try insertDocument(doc, id: existing, ingestedAt: ingestedAt)
        sentenceIDs = try insertSentences(doc, documentID: documentID)
        if doc.needsTitle { try db.execute(sql: Store.untitledTitle, arguments: [documentID]) }
        let entityIDs = try insertEntities(doc, added: &added)
        try insertMentions(doc, sentenceIDs: sentenceIDs, entityIDs: entityIDs)
        mentioned = doc.mentions.map { entityIDs[$0.entity] }
        let statementIDs = try insertStatements(doc, documentID: documentID, sentenceIDs: sentenceIDs, entityIDs: entityIDs)
        try insertRelations(doc, documentID: documentID, sentenceIDs: sentenceIDs, entityIDs: entityIDs, statementIDs: statementIDs)
        try insertRoles(doc, documentID: documentID, sentenceIDs: sentenceIDs, entityIDs: entityIDs)
        if existing != nil {
            // Removing an orphan deletes its roles and sets its relations' entity to NULL.
            try deletingRows(db) { try Store.removeOrphanEntities(db, among: formerEntities + entityIDs) }
        }
        return existing == nil ? .added(documentID: documentID) : .replaced(documentID: documentID)
    }

    /// Adds the relations and roles written since the last call to their groups, and their
    /// mentions to the entity counts: one statement per table (per entity for the counts) for the
    /// batch, where one per document cost a tenth of storing.
    private func flushCounts(_ db: Database) throws {
        try RowGroups.add(db, after: groupedUpTo)
        groupedUpTo = try RowGroups.lastIDs(db)
        try EntityCounts.add(db, pendingCounts)
        pendingCounts.removeAll(keepingCapacity: true)
    }

    /// Runs `change`, which deletes or changes rows, with every row grouped and counted before it
    /// (its triggers move the groups of the rows it touches, and a replaced document's counts are
    /// taken from the table) and the mark read again after it: new rows take the ids of deleted
    /// ones above it.
    @discardableResult
    private func deletingRows<T>(_ db: Database, _ change: () throws -> T) throws -> T {
        try flushCounts(db)
        let result = try change()
        groupedUpTo = try RowGroups.lastIDs(db)
        return result
    }

    /// Adds the sentences written since the last call to `sentences_fts`, in one statement: FTS5
    /// writes one segment for them instead of one per sentence.
    private func fillFullTextIndex(_ db: Database) throws {
        guard !pendingSentences.isEmpty else { return }
        let ids = "[" + pendingSentences.map(String.init).joined(separator: ",") + "]"
        try db.execute(sql: """
            INSERT INTO sentences_fts (rowid, text)
            SELECT id, text FROM sentences WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, arguments: [ids])
        pendingSentences.removeAll(keepingCapacity: true)
    }

    private func insertDocument(_ doc: DocumentRows, id: Int64?, ingestedAt: String) throws -> Int64 {
        let st = statements!.insertDocument
        st.bind(id); st.bind(doc.source); st.bind(doc.format.rawValue); st.bind(doc.title); st.bind(doc.author)
        st.bind(doc.published); st.bind(doc.sha256); st.bind(ingestedAt); st.bind(doc.storedText)
        try st.run()
        return st.lastInsertedRowID
    }

    private func insertSentences(_ doc: DocumentRows, documentID: Int64) throws -> [Int64] {
        let st = statements!.insertSentence
        var ids: [Int64] = []
        ids.reserveCapacity(doc.sentences.count)
        for s in doc.sentences {
            st.bind(documentID); st.bind(s.ordinal); st.bind(s.paragraph); st.bind(s.start); st.bind(s.end); st.bind(s.text); st.bind(s.date)
            st.bind(s.gap)
            try st.run()
            ids.append(st.lastInsertedRowID)
        }
        return ids
    }

    /// Each entity's id: from the cache, else the table, else a new row; and its aliases.
    private func insertEntities(_ doc: DocumentRows, added: inout (entities: [EntityKey], aliases: [AliasKey])) throws -> [Int64] {
        let s = statements!
        var ids: [Int64] = []
        ids.reserveCapacity(doc.entities.count)
        for e in doc.entities {
            let key = EntityKey(name: e.name, type: e.type)
            var id = entityIDs[key]
            if id == nil {
                s.findEntity.bind(e.name); s.findEntity.bind(e.type)
                id = try s.findEntity.fetchInt64()
                if id == nil {
                    s.insertEntity.bind(e.name); s.insertEntity.bind(e.type)
                    try s.insertEntity.run()
                    id = s.insertEntity.lastInsertedRowID
                }
                entityIDs[key] = id
                added.entities.append(key)
            }
            ids.append(id!)
            for alias in e.aliases {
                let aliasKey = AliasKey(entity: id!, alias: alias)
                if aliases.contains(aliasKey) { continue }
                s.insertAlias.bind(id!); s.insertAlias.bind(alias)
                try s.insertAlias.run()
                aliases.insert(aliasKey)
                added.aliases.append(aliasKey)
            }
        }
        return ids
    }

    private func insertMentions(_ doc: DocumentRows, sentenceIDs: [Int64], entityIDs: [Int64]) throws {
        let st = statements!.insertMention
        for m in doc.mentions {
            st.bind(entityIDs[m.entity]); st.bind(sentenceIDs[m.sentence]); st.bind(m.start); st.bind(m.end)
            st.bind(m.surface); st.bind(m.method)
            try st.run()
        }
    }

    private func insertStatements(_ doc: DocumentRows, documentID: Int64, sentenceIDs: [Int64], entityIDs: [Int64]) throws -> [Int64] {
        let st = statements!.insertStatement
        var ids: [Int64] = []
        for (x, t) in zip(doc.statements, doc.statementTexts) {
            st.bind(documentID); st.bind(sentenceIDs[x.sentence]); st.bind(x.speaker.map { entityIDs[$0] }); st.bind(x.speakerText)
            st.bind(x.cue); st.bind(t.content); st.bind(t.quote); st.bind(StoredCode.of(x.kind)); st.bind(x.start); st.bind(x.end)
            st.bind(x.speakerOf.map { entityIDs[$0] })
            st.bind(t.contentSpan?.start); st.bind(t.contentSpan?.end); st.bind(t.quoteSpan?.start); st.bind(t.quoteSpan?.end)
            try st.run()
            ids.append(st.lastInsertedRowID)
        }
        return ids
    }

    private func insertRelations(_ doc: DocumentRows, documentID: Int64, sentenceIDs: [Int64], entityIDs: [Int64], statementIDs: [Int64]) throws {
        let st = statements!.insertRelation
        for r in doc.relations {
            st.bind(documentID); st.bind(sentenceIDs[r.sentence]); st.bind(r.subject.map { entityIDs[$0] }); st.bind(r.subjectText)
            st.bind(r.predicate); st.bind(r.object.map { entityIDs[$0] }); st.bind(r.objectText); st.bind(StoredCode.of(r.polarity))
            st.bind(StoredCode.of(r.modality)); st.bind(r.source.map { entityIDs[$0] }); st.bind(r.sourceText)
            st.bind(r.statement.map { statementIDs[$0] }); st.bind(r.cameo); st.bind(r.trigger)
            try st.run()
        }
    }

    private func insertRoles(_ doc: DocumentRows, documentID: Int64, sentenceIDs: [Int64], entityIDs: [Int64]) throws {
        let st = statements!.insertRole
        for r in doc.roles {
            st.bind(documentID); st.bind(sentenceIDs[r.sentence]); st.bind(entityIDs[r.person]); st.bind(r.written.isEmpty ? r.role : r.written)
            st.bind(r.organization.map { entityIDs[$0] }); st.bind(r.role)
            try st.run()
        }
    }
}
