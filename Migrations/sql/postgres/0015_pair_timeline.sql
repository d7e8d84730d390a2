-- 0015_pair_timeline for PostgreSQL: nothing to change. SQLite stores each pair of
-- actors' timeline together in timeline order (sql/0015), so that a pair's whole
-- history reads one range of one table from a file a command maps cold. The
-- PostgreSQL store reads its timelines through its own indexes and a server that
-- keeps its pages warm. The number keeps the two stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

SELECT 1;
