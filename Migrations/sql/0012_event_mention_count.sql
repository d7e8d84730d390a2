-- 0012_event_mention_count: each event's number of mentions in its own row, so
-- that a timeline which prints only how many sources report an event (the table
-- of `annals timeline`) reads one row per event and no index of mentions.
--
-- events.mention_count equals the number of rows of `mentions` with that
-- event_id; the triggers below keep it so when a mention is inserted, deleted
-- (also through ON DELETE CASCADE from documents or events) or moved to another
-- event. A large ingest drops the insert trigger for its batch and adds the
-- batch's counts in one statement at the end (BulkIndexing), in the same
-- transaction.
--
-- Frozen once released: a change to the schema is a new numbered file.

ALTER TABLE events ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;

UPDATE events SET mention_count = counted.number
FROM (SELECT event_id, count(*) AS number FROM mentions GROUP BY event_id) AS counted
WHERE events.id = counted.event_id;

CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
    UPDATE events SET mention_count = mention_count + 1 WHERE id = new.event_id;
END;

CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
    UPDATE events SET mention_count = mention_count - 1 WHERE id = old.event_id;
END;

CREATE TRIGGER mentions_count_update AFTER UPDATE OF event_id ON mentions
WHEN new.event_id IS NOT old.event_id BEGIN
    UPDATE events SET mention_count = mention_count - 1 WHERE id = old.event_id;
    UPDATE events SET mention_count = mention_count + 1 WHERE id = new.event_id;
END;
