-- 0009_event_participants_digest for PostgreSQL: nothing to change. The SQLite
-- store copies each event's participants into its row (see sql/0009) so that a
-- timeline reads one row per event; the PostgreSQL store reads them with its own
-- queries as before. The number keeps the two stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

SELECT 1;
