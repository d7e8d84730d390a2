-- 0015_pair_timeline: each pair of actors' timeline stored together, in the
-- order it prints, with everything it prints, so that `annals timeline A B
-- --format json` and `annals export csv A B` read one range of one table.
--
-- Before, a pair's whole history read its events through event_actor_pairs
-- (0004): each event row where ingest happened to put it, then a sort by date,
-- then every mention with its document's row, all scattered over the file. On
-- the 1M-event benchmark database that was most of the time of such a command.
--
-- pair_timeline has one row per event and pair of its actors (an event of n
-- actors has n(n-1)/2 rows), its primary key in timeline order: the pair (the
-- two codes in text order), undated events last, start day, end day, event id.
-- Undated events have '' for both days (the key's columns cannot be NULL). The
-- row keeps the columns a timeline filters on (cameo, polarity, modality), the
-- Goldstein value (a REAL, so that it reads back exactly), and `entry`, a JSON
-- array written by SQLite's json_array:
--
--   [label, root_label, quad_class, date_value, granularity, calendar,
--    location_code, location_name, summary,
--    [[actor_code, role, person], ...]                       -- actor code order
--    [[document_id, origin, title, published, source, url,
--      sentence, sentence_start, sentence_end, trigger_text], ...]]
--
-- the mentions in timeline order: by their document's publication day (undated
-- last), document, position, id. Actor names are not copied: they are read from
-- `actors` when printed, so that a renamed actor needs no rewrite here.
--
-- The view pair_timeline_rows gives the rows from the tables of record; it is
-- the one definition of them. The tables of record are unchanged. The triggers
-- below write an event's rows again from the view whenever one of its rows in events, event_participants or
-- mentions, or a document it is reported in, is inserted, changed or deleted
-- (also through ON DELETE and ON UPDATE CASCADE). A large ingest drops the two
-- insert triggers for its batch and writes the rows of its new events, and of
-- the stored events it added mentions to, at the end (BulkIndexing), in the
-- same transaction.
--
-- Frozen once released: a change to the schema is a new numbered file.

CREATE TABLE pair_timeline (
    actor_low  TEXT NOT NULL,
    actor_high TEXT NOT NULL,
    undated    INTEGER NOT NULL CHECK (undated IN (0, 1)),
    day_start  TEXT NOT NULL,
    day_end    TEXT NOT NULL,
    event_id   INTEGER NOT NULL,
    cameo      TEXT NOT NULL,
    polarity   TEXT NOT NULL,
    modality   TEXT NOT NULL,
    goldstein  REAL,
    entry      TEXT NOT NULL,
    PRIMARY KEY (actor_low, actor_high, undated, day_start, day_end, event_id),
    CHECK (actor_low < actor_high)
) WITHOUT ROWID;
-- The triggers find an event's rows by its id.
CREATE INDEX pair_timeline_event ON pair_timeline(event_id);

-- The rows of pair_timeline as the tables of record give them: for an event,
-- `SELECT * FROM pair_timeline_rows WHERE event_id = ?` reads its rows through
-- the primary keys of events and event_participants.
CREATE VIEW pair_timeline_rows AS
SELECT p.actor_code AS actor_low, q.actor_code AS actor_high, e.date_start IS NULL AS undated,
       coalesce(e.date_start, '') AS day_start, coalesce(e.date_end, '') AS day_end, e.id AS event_id,
       e.cameo, e.polarity, e.modality, e.goldstein,
       json_array(
           e.label, e.root_label, e.quad_class, e.date_value, e.granularity, e.calendar,
           e.location_code, e.location_name, e.summary,
           json((SELECT json_group_array(json_array(actor_code, role, person))
                 FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = e.id ORDER BY actor_code))),
           json((SELECT json_group_array(json_array(document_id, origin, title, published, source, url,
                                                    sentence, sentence_start, sentence_end, trigger_text))
                 FROM (SELECT m.document_id, d.origin, d.title, d.published, d.source, d.url,
                              m.sentence, m.sentence_start, m.sentence_end, m.trigger_text
                       FROM mentions m JOIN documents d ON d.id = m.document_id
                       WHERE m.event_id = e.id
                       ORDER BY d.published IS NULL, d.published, m.document_id, m.sentence_start, m.id)))) AS entry
FROM events e
JOIN event_participants p ON p.event_id = e.id
JOIN event_participants q ON q.event_id = e.id AND p.actor_code < q.actor_code;

-- In key order, so that the table's pages are filled as they are written.
INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows ORDER BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER pair_timeline_participants_insert AFTER INSERT ON event_participants BEGIN
    DELETE FROM pair_timeline WHERE event_id = new.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = new.event_id;
END;

CREATE TRIGGER pair_timeline_participants_delete AFTER DELETE ON event_participants BEGIN
    DELETE FROM pair_timeline WHERE event_id = old.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = old.event_id;
END;

CREATE TRIGGER pair_timeline_participants_update AFTER UPDATE ON event_participants BEGIN
    DELETE FROM pair_timeline WHERE event_id = old.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = old.event_id;
    DELETE FROM pair_timeline WHERE event_id = new.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = new.event_id;
END;

CREATE TRIGGER pair_timeline_mentions_insert AFTER INSERT ON mentions BEGIN
    DELETE FROM pair_timeline WHERE event_id = new.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = new.event_id;
END;

CREATE TRIGGER pair_timeline_mentions_delete AFTER DELETE ON mentions BEGIN
    DELETE FROM pair_timeline WHERE event_id = old.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = old.event_id;
END;

CREATE TRIGGER pair_timeline_mentions_update AFTER UPDATE OF event_id, document_id, sentence, sentence_start, sentence_end,
    trigger_text ON mentions BEGIN
    DELETE FROM pair_timeline WHERE event_id = old.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = old.event_id;
    DELETE FROM pair_timeline WHERE event_id = new.event_id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = new.event_id;
END;

-- Not events.participants nor events.mention_count: other triggers write those,
-- and the view reads what they follow from.
CREATE TRIGGER pair_timeline_events_update AFTER UPDATE OF id, cameo, label, root_label, quad_class, goldstein,
    date_value, date_start, date_end, granularity, calendar, polarity, modality, location_code, location_name, summary
    ON events BEGIN
    DELETE FROM pair_timeline WHERE event_id = old.id;
    DELETE FROM pair_timeline WHERE event_id = new.id;
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = new.id;
END;

CREATE TRIGGER pair_timeline_events_delete AFTER DELETE ON events BEGIN
    DELETE FROM pair_timeline WHERE event_id = old.id;
END;

CREATE TRIGGER pair_timeline_documents_update AFTER UPDATE OF id, origin, title, published, source, url ON documents BEGIN
    DELETE FROM pair_timeline WHERE event_id IN (SELECT event_id FROM mentions WHERE document_id IN (old.id, new.id));
    INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows
    WHERE event_id IN (SELECT event_id FROM mentions WHERE document_id IN (old.id, new.id));
END;
