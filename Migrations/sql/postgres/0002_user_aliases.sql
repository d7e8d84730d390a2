-- 0002_user_aliases for PostgreSQL: see sql/0002_user_aliases.sql.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

ALTER TABLE actor_aliases
    ADD COLUMN user_defined INTEGER NOT NULL DEFAULT 0 CHECK (user_defined IN (0, 1));

ALTER TABLE actor_aliases
    ADD COLUMN case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1));

CREATE INDEX actor_aliases_user ON actor_aliases(user_defined) WHERE user_defined = 1;
