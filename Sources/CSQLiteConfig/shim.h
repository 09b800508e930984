#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call: these are the settings kbctl makes.
// Each returns SQLITE_OK, or SQLITE_MISUSE once SQLite has initialised in the process.

/// SQLITE_CONFIG_MEMSTATUS off: the statistics take a global mutex around every allocation.
static inline int kb_sqlite_memstatus_off(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/// SQLITE_CONFIG_STMTJRNL_SPILL: how large a savepoint's journal grows in memory before it
/// goes to a temporary file.
static inline int kb_sqlite_statement_journal_spill(int bytes) {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, bytes);
}
