-- 0012_event_mention_count for PostgreSQL: nothing to change. SQLite keeps each
-- event's number of mentions in its row (sql/0012), where a timeline would
-- otherwise count them on the mentions index event by event. PostgreSQL counts
-- a page of events in one grouped index scan, and a counter in the event row
-- would make every new mention rewrite its event's row (a new row version under
-- MVCC) and lock it against the other ingest workers. The number keeps the two
-- stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

SELECT 1;
