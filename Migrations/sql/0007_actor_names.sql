-- 0007_actor_names: every name the gazetteer resolves to an actor, folded as
-- Annals folds names, so that a command naming actors (`annals timeline A B`,
-- `annals export csv A B`) finds them by one look-up of the primary key
-- instead of loading the whole gazetteer (a hundred times slower than the
-- query itself on a small database).
--
-- Written by the process that stores the built-in actors (every ingest) from
-- the gazetteer it loaded: the built-in data and the user's own entries.
-- actor_names_source says what that was (a fingerprint of both); a reader
-- takes the names only when its own fingerprint is the same, else it loads
-- the gazetteer as before.
--
-- Frozen once released: a change to the schema is a new numbered file.

CREATE TABLE actor_names (
    -- 'name': a folded name or spelling ("azerbaijan", "ناتو"); 'alpha2': an ISO
    -- 3166-1 alpha-2 code as typed, upper-cased ("AZ").
    kind       TEXT NOT NULL CHECK (kind IN ('name', 'alpha2')),
    key        TEXT NOT NULL CHECK (key <> ''),
    actor_code TEXT NOT NULL REFERENCES actors(code) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

CREATE TABLE actor_names_source (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL CHECK (fingerprint <> '')
);
