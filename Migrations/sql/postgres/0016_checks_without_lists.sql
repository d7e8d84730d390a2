-- 0016_checks_without_lists for PostgreSQL: nothing to change. SQLite evaluated a
-- CHECK of the form `column IN (a, b, c)` through a temporary index built for every
-- row inserted, and its definitions now compare with each word in turn (sql/0016);
-- PostgreSQL tests such a list directly. The number keeps the two stores' schema
-- histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file.

SELECT 1;
