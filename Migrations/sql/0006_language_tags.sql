-- 0006_language_tags: documents and aliases may be in any language with a
-- BCP 47 tag ('en', 'fa', 'de-AT'), not only English and Persian; a language is
-- a profile of rule data, no longer a choice fixed by the schema.
--
-- SQLite cannot change a CHECK constraint in place: both tables are rebuilt
-- with their rows, ids and indexes (foreign keys are checked after the
-- migration, and mentions keep pointing at their documents by id).
--
-- Frozen once released: a change to the schema is a new numbered file.

-- The view event_sources (0005) reads documents: SQLite refuses to rename a
-- table into the place of one a view names, so it is dropped here and made
-- again, unchanged, at the end.
DROP VIEW event_sources;

CREATE TABLE documents_new (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    title        TEXT,
    published    TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source       TEXT,
    url          TEXT,
    -- A BCP 47 tag: letters, digits and hyphens.
    language     TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 35 AND language NOT GLOB '*[^A-Za-z0-9-]*'),
    origin       TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO documents_new (id, content_hash, title, published, source, url, language, origin, text, ingested_at)
SELECT id, content_hash, title, published, source, url, language, origin, text, ingested_at FROM documents;
DROP TABLE documents;
ALTER TABLE documents_new RENAME TO documents;

CREATE TABLE actor_aliases_new (
    id               INTEGER PRIMARY KEY,
    actor_code       TEXT NOT NULL REFERENCES actors(code) ON DELETE CASCADE ON UPDATE CASCADE,
    alias            TEXT NOT NULL CHECK (alias <> ''),
    normalized_alias TEXT NOT NULL,
    -- NULL: the alias is used in every language; else a BCP 47 tag.
    language         TEXT CHECK (language IS NULL
                         OR (length(language) BETWEEN 2 AND 35 AND language NOT GLOB '*[^A-Za-z0-9-]*')),
    form             TEXT NOT NULL CHECK (form IN ('name', 'demonym', 'city', 'spokesperson')),
    user_defined     INTEGER NOT NULL DEFAULT 0 CHECK (user_defined IN (0, 1)),
    case_sensitive   INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1))
);
INSERT INTO actor_aliases_new (id, actor_code, alias, normalized_alias, language, form, user_defined, case_sensitive)
SELECT id, actor_code, alias, normalized_alias, language, form, user_defined, case_sensitive FROM actor_aliases;
DROP TABLE actor_aliases;
ALTER TABLE actor_aliases_new RENAME TO actor_aliases;
CREATE UNIQUE INDEX actor_aliases_unique
    ON actor_aliases(actor_code, alias, ifnull(language, ''), form);
CREATE INDEX actor_aliases_normalized ON actor_aliases(normalized_alias);
CREATE INDEX actor_aliases_user ON actor_aliases(user_defined) WHERE user_defined = 1;

-- Every sentence that reports an event, with the document it is in.
CREATE VIEW event_sources AS
SELECT
    m.event_id,
    e.date_value,
    e.cameo,
    e.label,
    m.id AS mention_id,
    d.id AS document_id,
    d.title,
    d.source AS outlet,
    d.url,
    d.published,
    d.language,
    d.origin,
    m.sentence,
    m.sentence_start,
    m.sentence_end,
    m.trigger_text
FROM mentions m
JOIN events e ON e.id = m.event_id
JOIN documents d ON d.id = m.document_id;
