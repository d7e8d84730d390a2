-- 0010_event_span_per_statement for PostgreSQL: event_span (0003) grown once per
-- INSERT statement instead of once per event row. An ingest inserts a batch's
-- events in one statement; a trigger per row ran an UPDATE of the one event_span
-- row for every event, and that was most of what storing an event cost the
-- server. Now one UPDATE looks at the longest interval among the rows the
-- statement inserted, and writes only when it is longer than the one recorded.
-- annals_day_number gives the same numbers as before, written as one expression
-- that the planner can inline.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE OR REPLACE FUNCTION annals_day_number(day TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT substr(day, 9, 2)::int
         + (153 * (substr(day, 6, 2)::int + 12 * ((14 - substr(day, 6, 2)::int) / 12) - 3) + 2) / 5
         + 365 * (substr(day, 1, 4)::int + 4800 - (14 - substr(day, 6, 2)::int) / 12)
         + (substr(day, 1, 4)::int + 4800 - (14 - substr(day, 6, 2)::int) / 12) / 4
         - (substr(day, 1, 4)::int + 4800 - (14 - substr(day, 6, 2)::int) / 12) / 100
         + (substr(day, 1, 4)::int + 4800 - (14 - substr(day, 6, 2)::int) / 12) / 400
         - 32045
$$;

CREATE FUNCTION events_span_grow_per_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_span SET longest_days = inserted.days
    FROM (SELECT max(annals_day_number(date_end) - annals_day_number(date_start)) AS days
          FROM inserted_events WHERE date_start IS NOT NULL) AS inserted
    WHERE event_span.id = 1 AND inserted.days > event_span.longest_days;
    RETURN NULL;
END $$;

DROP TRIGGER events_span_insert ON events;

CREATE TRIGGER events_span_insert AFTER INSERT ON events REFERENCING NEW TABLE AS inserted_events
    FOR EACH STATEMENT EXECUTE FUNCTION events_span_grow_per_statement();
