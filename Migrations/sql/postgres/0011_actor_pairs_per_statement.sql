-- 0011_actor_pairs_per_statement for PostgreSQL: the pairs of a new participant
-- (event_actor_pairs, 0004) added once per INSERT statement instead of once per
-- participant row. An ingest inserts a batch's participants in one statement;
-- a trigger per row planned and ran an INSERT … SELECT for every participant.
-- Now one INSERT pairs every row the statement added with the other
-- participants of its event (the statement's own rows among them). Deleting or
-- changing a participant keeps its row trigger (0004): recodes and renames are rare.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE FUNCTION participants_pairs_insert_per_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO event_actor_pairs (actor_low, actor_high, event_id)
    SELECT DISTINCT least(n.actor_code, q.actor_code), greatest(n.actor_code, q.actor_code), n.event_id
    FROM inserted_participants n
    JOIN event_participants q ON q.event_id = n.event_id AND q.actor_code <> n.actor_code
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

DROP TRIGGER participants_pairs_insert ON event_participants;

CREATE TRIGGER participants_pairs_insert AFTER INSERT ON event_participants
    REFERENCING NEW TABLE AS inserted_participants
    FOR EACH STATEMENT EXECUTE FUNCTION participants_pairs_insert_per_statement();
