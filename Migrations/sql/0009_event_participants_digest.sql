-- 0009_event_participants_digest: each event's participants in its own row, so
-- that a timeline reads one row per event instead of one per participant and
-- actor.
--
-- events.participants is a JSON array of [actor_code, role, person] arrays in
-- actor code order, e.g. [["AZE","source",null],["NATO","target",null]];
-- event_participants stays the table of record (its rows, keys and indexes are
-- unchanged) and the triggers below keep the copy equal to it: a participant
-- inserted, deleted, or changed (a person named, an actor's code renamed through
-- ON UPDATE CASCADE) writes the event's array again.
--
-- The mentions are not copied: a timeline that prints them reads them (the
-- table of an `annals timeline` prints only their number, counted on the
-- mentions index).
--
-- Frozen once released: a change to the schema is a new numbered file.

ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT '[]';

UPDATE events SET participants = (
    SELECT json_group_array(json_array(actor_code, role, person))
    FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = events.id ORDER BY actor_code));

CREATE TRIGGER participants_digest_insert AFTER INSERT ON event_participants BEGIN
    UPDATE events SET participants = (
        SELECT json_group_array(json_array(actor_code, role, person))
        FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = new.event_id ORDER BY actor_code))
    WHERE id = new.event_id;
END;

CREATE TRIGGER participants_digest_delete AFTER DELETE ON event_participants BEGIN
    UPDATE events SET participants = (
        SELECT json_group_array(json_array(actor_code, role, person))
        FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = old.event_id ORDER BY actor_code))
    WHERE id = old.event_id;
END;

CREATE TRIGGER participants_digest_update AFTER UPDATE ON event_participants BEGIN
    UPDATE events SET participants = (
        SELECT json_group_array(json_array(actor_code, role, person))
        FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = old.event_id ORDER BY actor_code))
    WHERE id = old.event_id;
    UPDATE events SET participants = (
        SELECT json_group_array(json_array(actor_code, role, person))
        FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = new.event_id ORDER BY actor_code))
    WHERE id = new.event_id AND new.event_id <> old.event_id;
END;
