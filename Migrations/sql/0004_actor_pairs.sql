-- 0004_actor_pairs: every pair of actors of an event, so that a timeline of
-- two actors reads only their common events.
--
-- Without it, `timeline A B` walks every event of the rarer actor through
-- event_participants_actor and checks the other actor for each: tens of
-- thousands of rows for a common actor in a large archive, to return a few
-- hundred. Here the pair (A, B) is one range of the primary key.
--
-- Kept by triggers on event_participants: a new participant pairs with the
-- event's other participants; a deleted one (also through ON DELETE CASCADE
-- from events) takes its pairs along; a changed actor code or event id (ON
-- UPDATE CASCADE from actors) moves them.
--
-- Frozen once released: a change to the schema is a new numbered file.

CREATE TABLE event_actor_pairs (
    -- The two actor codes in text order.
    actor_low  TEXT NOT NULL,
    actor_high TEXT NOT NULL,
    event_id   INTEGER NOT NULL,
    PRIMARY KEY (actor_low, actor_high, event_id),
    CHECK (actor_low < actor_high)
) WITHOUT ROWID;

INSERT INTO event_actor_pairs (actor_low, actor_high, event_id)
SELECT p.actor_code, q.actor_code, p.event_id
FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id AND p.actor_code < q.actor_code;

CREATE TRIGGER participants_pairs_insert AFTER INSERT ON event_participants BEGIN
    INSERT OR IGNORE INTO event_actor_pairs (actor_low, actor_high, event_id)
    SELECT min(new.actor_code, q.actor_code), max(new.actor_code, q.actor_code), new.event_id
    FROM event_participants q
    WHERE q.event_id = new.event_id AND q.actor_code <> new.actor_code;
END;

-- A pair goes with the first of its two participants deleted.
CREATE TRIGGER participants_pairs_delete AFTER DELETE ON event_participants BEGIN
    DELETE FROM event_actor_pairs
    WHERE event_id = old.event_id AND (actor_low, actor_high) IN (
        SELECT min(old.actor_code, q.actor_code), max(old.actor_code, q.actor_code)
        FROM event_participants q
        WHERE q.event_id = old.event_id AND q.actor_code <> old.actor_code);
END;

CREATE TRIGGER participants_pairs_update AFTER UPDATE OF actor_code, event_id ON event_participants BEGIN
    DELETE FROM event_actor_pairs
    WHERE event_id = old.event_id AND (actor_low, actor_high) IN (
        SELECT min(old.actor_code, q.actor_code), max(old.actor_code, q.actor_code)
        FROM event_participants q
        WHERE q.event_id = old.event_id AND q.actor_code NOT IN (old.actor_code, new.actor_code));
    INSERT OR IGNORE INTO event_actor_pairs (actor_low, actor_high, event_id)
    SELECT min(new.actor_code, q.actor_code), max(new.actor_code, q.actor_code), new.event_id
    FROM event_participants q
    WHERE q.event_id = new.event_id AND q.actor_code <> new.actor_code;
END;
