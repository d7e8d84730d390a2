-- 0007_actor_names for PostgreSQL: see sql/0007_actor_names.sql. The table is
-- kept in step with SQLite's schema; the PostgreSQL store does not fill it yet.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE TABLE actor_names (
    kind       TEXT NOT NULL CHECK (kind IN ('name', 'alpha2')),
    key        TEXT COLLATE "C" NOT NULL CHECK (key <> ''),
    actor_code TEXT COLLATE "C" NOT NULL REFERENCES actors(code) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (kind, key)
);

CREATE TABLE actor_names_source (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL CHECK (fingerprint <> '')
);
