#ifndef ANNALS_SQLITE_SETUP_H
#define ANNALS_SQLITE_SETUP_H

/// Whether SQLite counts the memory it allocates in this process (its memory
/// statistics, SQLITE_CONFIG_MEMSTATUS). Annals switches the count off when the
/// process starts, before SQLite initialises: Debian's library keeps it on and
/// takes a global mutex around every allocation to count it, about a tenth of an
/// ingest's writer thread. Nothing in Annals reads the statistics.
int annals_sqlite_counts_memory(void);

#endif
