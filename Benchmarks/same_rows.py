#!/usr/bin/env python3
"""Whether two Annals databases hold the same rows.

    Benchmarks/same_rows.py A.sqlite B.sqlite

Compares, table by table, the rows an ingest writes (ids included): documents
(without the time of ingest), events, participants, mentions, actor pairs,
event_span, and the full-text index term by term with positions and its
document sizes. Prints one line per table and exits 1 when any differs; a
speed change to the ingest must leave every line "same".
"""
import hashlib
import sqlite3
import sys

QUERIES = {
    "documents": "SELECT id, content_hash, title, published, source, url, language, origin, text "
                 "FROM documents ORDER BY id",
    "events": "SELECT * FROM events ORDER BY id",
    "event_participants": "SELECT * FROM event_participants ORDER BY event_id, actor_code",
    "mentions": "SELECT * FROM mentions ORDER BY id",
    "event_actor_pairs": "SELECT * FROM event_actor_pairs ORDER BY 1, 2, 3",
    "event_span": "SELECT * FROM event_span ORDER BY id",
    "event_search terms": "SELECT term, doc, col, offset FROM search_terms ORDER BY term, doc, col, offset",
    "event_search sizes": "SELECT * FROM event_search_docsize ORDER BY id",
}


def digest(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.execute("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, event_search, instance)")
    result = {}
    for name, sql in QUERIES.items():
        md5, count = hashlib.md5(), 0
        for row in db.execute(sql):
            md5.update(repr(row).encode())
            count += 1
        result[name] = (count, md5.hexdigest())
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    first, second = digest(sys.argv[1]), digest(sys.argv[2])
    differ = False
    for name in QUERIES:
        same = first[name] == second[name]
        differ |= not same
        print(f"{name:20} {first[name][0]:>9,} rows  {'same' if same else 'DIFFERENT: %s rows' % f'{second[name][0]:,}'}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
