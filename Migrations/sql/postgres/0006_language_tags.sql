-- 0006_language_tags for PostgreSQL: see sql/0006_language_tags.sql. Documents and
-- aliases may be in any language with a BCP 47 tag ('en', 'fa', 'de-AT'); PostgreSQL
-- changes the CHECK constraints in place, where SQLite rebuilds the tables.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

ALTER TABLE documents DROP CONSTRAINT documents_language_check;

ALTER TABLE documents ADD CONSTRAINT documents_language_check
    CHECK (length(language) BETWEEN 2 AND 35 AND language ~ '^[A-Za-z0-9-]+$');

ALTER TABLE actor_aliases DROP CONSTRAINT actor_aliases_language_check;

ALTER TABLE actor_aliases ADD CONSTRAINT actor_aliases_language_check
    CHECK (language IS NULL OR (length(language) BETWEEN 2 AND 35 AND language ~ '^[A-Za-z0-9-]+$'));
