-- 0004_actor_pairs for PostgreSQL: every pair of actors of an event (see
-- sql/0004_actor_pairs.sql), so that a timeline of two actors is one range
-- of the primary key. Kept by triggers on event_participants.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE TABLE event_actor_pairs (
    actor_low  TEXT COLLATE "C" NOT NULL,
    actor_high TEXT COLLATE "C" NOT NULL,
    event_id   BIGINT NOT NULL,
    PRIMARY KEY (actor_low, actor_high, event_id),
    CHECK (actor_low < actor_high)
);

INSERT INTO event_actor_pairs (actor_low, actor_high, event_id)
SELECT p.actor_code, q.actor_code, p.event_id
FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id AND p.actor_code < q.actor_code;

CREATE FUNCTION participants_pairs_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_actor_pairs (actor_low, actor_high, event_id)
    SELECT least(NEW.actor_code, q.actor_code), greatest(NEW.actor_code, q.actor_code), NEW.event_id
    FROM event_participants q
    WHERE q.event_id = NEW.event_id AND q.actor_code <> NEW.actor_code
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER participants_pairs_insert AFTER INSERT ON event_participants
    FOR EACH ROW EXECUTE FUNCTION participants_pairs_insert();

-- A pair goes with the first of its two participants deleted.
CREATE FUNCTION participants_pairs_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM event_actor_pairs
    WHERE event_id = OLD.event_id AND (actor_low, actor_high) IN (
        SELECT least(OLD.actor_code, q.actor_code), greatest(OLD.actor_code, q.actor_code)
        FROM event_participants q
        WHERE q.event_id = OLD.event_id AND q.actor_code <> OLD.actor_code);
    RETURN NULL;
END $$;

CREATE TRIGGER participants_pairs_delete AFTER DELETE ON event_participants
    FOR EACH ROW EXECUTE FUNCTION participants_pairs_delete();

CREATE FUNCTION participants_pairs_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM event_actor_pairs
    WHERE event_id = OLD.event_id AND (actor_low, actor_high) IN (
        SELECT least(OLD.actor_code, q.actor_code), greatest(OLD.actor_code, q.actor_code)
        FROM event_participants q
        WHERE q.event_id = OLD.event_id AND q.actor_code NOT IN (OLD.actor_code, NEW.actor_code));
    INSERT INTO event_actor_pairs (actor_low, actor_high, event_id)
    SELECT least(NEW.actor_code, q.actor_code), greatest(NEW.actor_code, q.actor_code), NEW.event_id
    FROM event_participants q
    WHERE q.event_id = NEW.event_id AND q.actor_code <> NEW.actor_code
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER participants_pairs_update AFTER UPDATE OF actor_code, event_id ON event_participants
    FOR EACH ROW EXECUTE FUNCTION participants_pairs_update();
