-- 0013_search_folded_by_workers: nothing to change in SQLite, whose search index is
-- filled by its own triggers. The PostgreSQL store lets an ingest worker fold the
-- text of each new mention's search vector (see postgres/0013). The number keeps the
-- two stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file.

SELECT 1;
