import Foundation
import GRDB
import GRDBSQLite

/// What `kbctl sql` lets a user's statement do, enforced by SQLite itself while the statement is
/// compiled and run: an authorizer that allows reads only, and a progress handler that stops it
/// at its time limit.
///
/// Installed once on a connection opened for `kbctl sql` alone (it replaces GRDB's own authorizer,
/// which only records what statements change, for observation this connection never uses), and
/// `active` only around the user's statement, so GRDB's BEGIN and COMMIT are not judged by it.
final class SQLGuard: @unchecked Sendable {
    /// Enforce the rules (true only while the user's statement is prepared and stepped).
    var active = false
    /// Seconds the statement may run; nil for no limit.
    let timeout: Double?
    private var deadline: UInt64 = .max
    /// Set when the progress handler stopped the statement.
    private(set) var timedOut = false
    /// The function the authorizer refused, if that is why compilation failed.
    private(set) var deniedFunction: String?

    /// Functions that leak memory addresses (`fts3_tokenizer`) or load code.
    static let deniedFunctions: Set<String> = ["fts3_tokenizer", "load_extension"]

    /// Pragmas that only read and whose argument names what to read (a table, an index, a limit).
    static let introspectionPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check",
    ]
    /// Pragmas that only read when given no argument (with one, most would change a setting).
    static let settingPragmas: Set<String> = [
        "collation_list", "function_list", "module_list", "pragma_list", "database_list", "compile_options", "application_id",
        "user_version", "schema_version", "page_count", "page_size", "freelist_count", "encoding", "journal_mode", "foreign_keys",
        "data_version",
    ]

    init(timeout: Double?) { self.timeout = timeout }

    /// Starts the clock and the rules, for the statement about to be prepared.
    func begin() {
        active = true
        timedOut = false
        deniedFunction = nil
        if let t = timeout { deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(t * 1e9) }
    }

    func end() { active = false; deadline = .max }

    /// Registers the authorizer and the progress handler on `db`'s connection.
    func install(on db: Database) {
        let me = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_set_authorizer(db.sqliteConnection, { context, action, a, b, _, _ in
            Unmanaged<SQLGuard>.fromOpaque(context!).takeUnretainedValue().authorize(action, a.map(String.init(cString:)), b.map(String.init(cString:)))
        }, me)
        // Every 1,000 virtual-machine steps: often enough to stop within milliseconds, cheap enough not to show.
        sqlite3_progress_handler(db.sqliteConnection, 1_000, { context in
            Unmanaged<SQLGuard>.fromOpaque(context!).takeUnretainedValue().tick()
        }, me)
    }

    private func tick() -> Int32 {
        guard active, DispatchTime.now().uptimeNanoseconds > deadline else { return 0 }
        timedOut = true
        return 1  // SQLite stops the statement with SQLITE_INTERRUPT
    }

    private func authorize(_ action: Int32, _ a: String?, _ b: String?) -> Int32 {
        guard active else { return SQLITE_OK }
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_UPDATE where a == "sqlite_master" || a == "sqlite_temp_master":
            // Reported when a table-valued pragma (pragma_table_info('x')) is first used in a SELECT;
            // nothing is written (the schema cannot be changed without writable_schema, a pragma
            // assignment refused below, and the statement must still be read-only to run).
            return SQLITE_OK
        case SQLITE_FUNCTION:
            guard let name = b?.lowercased(), Self.deniedFunctions.contains(name) else { return SQLITE_OK }
            deniedFunction = name
            return SQLITE_DENY
        case SQLITE_PRAGMA:
            // a: the pragma, b: its argument. Without an argument a pragma reads its value.
            guard let name = a?.lowercased() else { return SQLITE_DENY }
            let reads = Self.introspectionPragmas.contains(name) || b == nil && Self.settingPragmas.contains(name)
            return reads ? SQLITE_OK : SQLITE_DENY
        default:
            // Writes, schema changes, ATTACH, transactions, savepoints, ANALYZE, REINDEX, virtual-table changes.
            return SQLITE_DENY
        }
    }
}
