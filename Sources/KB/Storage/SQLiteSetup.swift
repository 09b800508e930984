import CSQLiteConfig

/// Process-wide SQLite settings, made once, before the first connection opens (SQLite accepts
/// them only before it initialises).
enum SQLiteSetup {
    /// How large the journal of one document's savepoint grows in memory before SQLite moves it
    /// to a temporary file. SQLite's default, 64 KiB, is less than one article needs (the original
    /// of every index page the article changes): the journal then went to /var/tmp, a system call
    /// per page, about 330 per article on the writer's thread. 4 MiB holds a large article's.
    static let statementJournalSpill: Int32 = 4 << 20

    /// True when both settings took: SQLite's memory statistics off (with them on, every
    /// allocation SQLite makes takes a global mutex to count itself, 20 or so per row written with
    /// Debian's build, and kbctl never reads them), and savepoint journals in memory up to
    /// `statementJournalSpill`. False when SQLite was already initialised in this process, by a
    /// connection opened before any of `KBDatabase`'s.
    static let applied: Bool = kb_sqlite_memstatus_off() == SQLITE_OK
        && kb_sqlite_statement_journal_spill(statementJournalSpill) == SQLITE_OK

    /// The bytes SQLite counts as allocated: 0 while the statistics are off.
    static var countedMemory: Int64 { sqlite3_memory_used() }
}
