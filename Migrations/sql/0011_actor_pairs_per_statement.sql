-- 0011_actor_pairs_per_statement: nothing to change in SQLite. The PostgreSQL
-- store adds the pairs of new participants once per INSERT statement instead
-- of once per row (see postgres/0011). The number keeps the two stores' schema
-- histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file.

SELECT 1;
