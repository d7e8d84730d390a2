-- 0013_search_folded_by_workers for PostgreSQL: an ingest worker may bring each new
-- mention's search vector with it, made from its event's summary and its sentence
-- folded by the worker exactly as annals_fold (0008) folds them; the trigger then
-- keeps it, and the server only parses the text instead of folding every row. A
-- worker does so only after the server folded a probe text to the same result
-- (lowercasing follows the database's locale); any other insert, and every update of
-- a sentence, is folded here as before.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE OR REPLACE FUNCTION mentions_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.search IS NOT NULL THEN
        RETURN NEW;
    END IF;
    NEW.search := to_tsvector('simple', annals_fold(
        coalesce((SELECT summary FROM events WHERE id = NEW.event_id), '') || ' ' || NEW.sentence));
    RETURN NEW;
END $$;
