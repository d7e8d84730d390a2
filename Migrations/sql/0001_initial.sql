-- 0001_initial: documents, actors and their aliases, events with their
-- participants and mentions, and a full-text index over events.
--
-- Frozen once released: a change to the schema is a new numbered file.
-- Dates are stored as ISO 8601 text (YYYY-MM-DD), so they sort as text.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    -- SHA-256 (hex) of the publication date and the text; see Article.contentHash.
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
    title        TEXT,
    published    TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source       TEXT,
    url          TEXT,
    language     TEXT NOT NULL CHECK (language IN ('en', 'fa')),
    -- Where the text came from: a file path, with ":LINE" for JSON Lines.
    origin       TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE actors (
    code         TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
    kind         TEXT NOT NULL CHECK (kind IN ('country', 'organisation')),
    name         TEXT NOT NULL CHECK (name <> ''),
    persian_name TEXT,
    cameo_code   TEXT NOT NULL,
    wikidata_id  TEXT,
    -- 1 when the actor comes from the user's own gazetteer, not the built-in one.
    user_defined INTEGER NOT NULL DEFAULT 0 CHECK (user_defined IN (0, 1))
);

CREATE TABLE actor_aliases (
    id               INTEGER PRIMARY KEY,
    actor_code       TEXT NOT NULL REFERENCES actors(code) ON DELETE CASCADE ON UPDATE CASCADE,
    alias            TEXT NOT NULL CHECK (alias <> ''),
    normalized_alias TEXT NOT NULL,
    -- NULL: the alias is used in every language.
    language         TEXT CHECK (language IS NULL OR language IN ('en', 'fa')),
    form             TEXT NOT NULL CHECK (form IN ('name', 'demonym', 'city', 'spokesperson'))
);
CREATE UNIQUE INDEX actor_aliases_unique
    ON actor_aliases(actor_code, alias, ifnull(language, ''), form);
CREATE INDEX actor_aliases_normalized ON actor_aliases(normalized_alias);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    cameo         TEXT NOT NULL CHECK (length(cameo) BETWEEN 2 AND 4 AND cameo NOT GLOB '*[^0-9]*'),
    -- From the CAMEO codebook at ingest time; NULL when the codebook lacks the code.
    label         TEXT,
    root_label    TEXT,
    quad_class    INTEGER CHECK (quad_class IS NULL OR quad_class BETWEEN 1 AND 4),
    goldstein     REAL CHECK (goldstein IS NULL OR goldstein BETWEEN -10 AND 10),
    -- The TIMEX3 value, type and mod; NULL when the text gave no date.
    date_value    TEXT,
    date_type     TEXT CHECK (date_type IS NULL OR date_type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    date_mod      TEXT,
    -- The Gregorian interval (inclusive); NULL when the date is not anchored.
    date_start    TEXT CHECK (date_start IS NULL OR date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_end      TEXT CHECK (date_end IS NULL OR date_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    granularity   TEXT CHECK (granularity IS NULL OR granularity IN
                      ('day', 'week', 'month', 'season', 'quarter', 'year', 'decade', 'century', 'none')),
    calendar      TEXT CHECK (calendar IS NULL OR calendar IN ('gregorian', 'solar-hijri', 'lunar-hijri')),
    polarity      TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
    modality      TEXT NOT NULL CHECK (modality IN ('asserted', 'hypothetical')),
    location_code TEXT REFERENCES actors(code) ON UPDATE CASCADE,
    location_name TEXT,
    summary       TEXT NOT NULL,
    -- Events with equal keys are one event; see AnnalsStore's merge rule.
    merge_key     TEXT NOT NULL UNIQUE,
    CHECK ((date_start IS NULL) = (date_end IS NULL)),
    CHECK (date_start IS NULL OR date_start <= date_end),
    CHECK ((date_value IS NULL) = (date_type IS NULL)),
    CHECK ((date_value IS NULL) = (calendar IS NULL)),
    CHECK ((date_value IS NULL) = (granularity IS NULL))
);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_location ON events(location_code);

CREATE TABLE event_participants (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_code TEXT NOT NULL REFERENCES actors(code) ON UPDATE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('source', 'target', 'other')),
    person     TEXT,
    PRIMARY KEY (event_id, actor_code)
) WITHOUT ROWID;
-- The timeline query starts from an actor: this index finds its events.
CREATE INDEX event_participants_actor ON event_participants(actor_code, event_id);

CREATE TABLE mentions (
    id             INTEGER PRIMARY KEY,
    event_id       INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence       TEXT NOT NULL,
    -- Offsets in the document's text, in Unicode scalars, end exclusive.
    sentence_start INTEGER NOT NULL CHECK (sentence_start >= 0),
    sentence_end   INTEGER NOT NULL CHECK (sentence_end >= sentence_start),
    trigger_text   TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL CHECK (trigger_start >= 0),
    trigger_end    INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
    time_text      TEXT,
    UNIQUE (event_id, document_id, sentence_start, sentence_end)
);
CREATE INDEX mentions_document ON mentions(document_id);

-- Full-text index: one row per mention (rowid = mentions.id) holding its
-- sentence and its event's summary, so that a search can match words of
-- both. Kept in sync by the triggers below; each new mention costs one row.
CREATE VIRTUAL TABLE event_search USING fts5(
    summary,
    sentence,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER mentions_search_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO event_search(rowid, summary, sentence)
    VALUES (new.id, (SELECT summary FROM events WHERE id = new.event_id), new.sentence);
END;

CREATE TRIGGER mentions_search_update AFTER UPDATE OF sentence, event_id ON mentions BEGIN
    UPDATE event_search
       SET summary = (SELECT summary FROM events WHERE id = new.event_id), sentence = new.sentence
     WHERE rowid = new.id;
END;

CREATE TRIGGER mentions_search_delete AFTER DELETE ON mentions BEGIN
    DELETE FROM event_search WHERE rowid = old.id;
END;

CREATE TRIGGER events_search_update AFTER UPDATE OF summary ON events BEGIN
    UPDATE event_search SET summary = new.summary
     WHERE rowid IN (SELECT id FROM mentions WHERE event_id = new.id);
END;
