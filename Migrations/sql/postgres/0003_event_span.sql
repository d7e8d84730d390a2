-- 0003_event_span for PostgreSQL: the longest dated interval (see
-- sql/0003_event_span.sql), so that a date range reads only the events that
-- can overlap it.
--
-- Days are counted by annals_day_number, plain integer arithmetic on the
-- text, which reads every YYYY-MM-DD the CHECKs let through (year 0000
-- included, which PostgreSQL's date type refuses).
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE FUNCTION annals_day_number(day TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT d + (153 * (m + 12 * a - 3) + 2) / 5 + 365 * (y + 4800 - a)
           + (y + 4800 - a) / 4 - (y + 4800 - a) / 100 + (y + 4800 - a) / 400 - 32045
    FROM (SELECT substr(day, 1, 4)::int AS y, substr(day, 6, 2)::int AS m, substr(day, 9, 2)::int AS d,
                 (14 - substr(day, 6, 2)::int) / 12 AS a) AS parts
$$;

CREATE TABLE event_span (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    longest_days INTEGER NOT NULL CHECK (longest_days >= 0)
);

INSERT INTO event_span (id, longest_days)
SELECT 1, coalesce(max(annals_day_number(date_end) - annals_day_number(date_start)), 0)
FROM events WHERE date_start IS NOT NULL;

CREATE FUNCTION events_span_grow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_span SET longest_days = annals_day_number(NEW.date_end) - annals_day_number(NEW.date_start)
     WHERE id = 1 AND longest_days < annals_day_number(NEW.date_end) - annals_day_number(NEW.date_start);
    RETURN NULL;
END $$;

CREATE TRIGGER events_span_insert AFTER INSERT ON events
    FOR EACH ROW WHEN (NEW.date_start IS NOT NULL) EXECUTE FUNCTION events_span_grow();

CREATE TRIGGER events_span_update AFTER UPDATE OF date_start, date_end ON events
    FOR EACH ROW WHEN (NEW.date_start IS NOT NULL) EXECUTE FUNCTION events_span_grow();
