#include "AnnalsSQLiteSetup.h"

#include <sqlite3.h>

/// Runs when the process loads, before any SQLite call: sqlite3_config works
/// only before SQLite initialises (on the first database opened), once per
/// process, and it is variadic, which Swift cannot call. SQLite refuses it
/// (SQLITE_MISUSE, nothing changed) when it has initialised already.
__attribute__((constructor))
static void annals_sqlite_stop_counting_memory(void) {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int annals_sqlite_counts_memory(void) {
    // With the statistics off, SQLite's count of memory in use stays at zero.
    return sqlite3_memory_used() > 0;
}
