-- 0002_user_aliases: the user's own aliases, kept apart from the built-in ones.
--
-- A user may give more names to any actor, built-in or their own. Registering
-- the built-in gazetteer (on every ingest, and after an upgrade) replaces only
-- the aliases with user_defined = 0, so the user's survive. An alias may also
-- be marked case-sensitive ("WHO", not "who").
--
-- Frozen once released: a change to the schema is a new numbered file.

ALTER TABLE actor_aliases
    ADD COLUMN user_defined INTEGER NOT NULL DEFAULT 0 CHECK (user_defined IN (0, 1));

ALTER TABLE actor_aliases
    ADD COLUMN case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1));

CREATE INDEX actor_aliases_user ON actor_aliases(user_defined) WHERE user_defined = 1;
