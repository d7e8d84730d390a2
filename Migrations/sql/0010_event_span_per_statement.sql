-- 0010_event_span_per_statement: nothing to change in SQLite, whose triggers on
-- event_span cost little. The PostgreSQL store grows event_span once per INSERT
-- statement instead of once per event row (see postgres/0010). The number keeps
-- the two stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file.

SELECT 1;
