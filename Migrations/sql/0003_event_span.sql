-- 0003_event_span: the longest dated interval, so that a date range reads
-- only the events that can overlap it.
--
-- An event overlaps [from, to] when date_end >= from and date_start <= to.
-- The index events_date(date_start, date_end) bounds only date_start, so
-- without more it reads every event that starts before `to`. Since
-- date_end <= date_start + longest_days, the overlapping events all start
-- on or after from - longest_days: a range bounded on both sides.
--
-- longest_days only grows (a deleted event leaves it as it was): it stays an
-- upper bound, and the range stays correct, only a little wider.
--
-- Frozen once released: a change to the schema is a new numbered file.

CREATE TABLE event_span (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    -- The longest date_end - date_start of any event stored, in days.
    longest_days INTEGER NOT NULL CHECK (longest_days >= 0)
);

INSERT INTO event_span (id, longest_days)
SELECT 1, coalesce(max(CAST(julianday(date_end) - julianday(date_start) AS INTEGER)), 0)
FROM events WHERE date_start IS NOT NULL;

-- A day SQLite cannot read (julianday NULL) widens the bound to every event.
CREATE TRIGGER events_span_insert AFTER INSERT ON events WHEN new.date_start IS NOT NULL BEGIN
    UPDATE event_span
       SET longest_days = coalesce(CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER), 10000000)
     WHERE id = 1
       AND longest_days < coalesce(CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER), 10000000);
END;

CREATE TRIGGER events_span_update AFTER UPDATE OF date_start, date_end ON events WHEN new.date_start IS NOT NULL BEGIN
    UPDATE event_span
       SET longest_days = coalesce(CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER), 10000000)
     WHERE id = 1
       AND longest_days < coalesce(CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER), 10000000);
END;
