-- 0014_document_text_lz4 for PostgreSQL: the text of new documents compressed with lz4
-- instead of pglz when the server was built with lz4 (PostgreSQL 14 and later list it
-- among default_toast_compression's values then). An article's text is the one value
-- of an ingest long enough to be compressed, and pglz was a fair share of the server's
-- work per article; lz4 compresses several times faster for a little more space.
-- Documents stored before keep their pglz text, which reads as before; a server
-- without lz4 keeps pglz for every document.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
        ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4;
    END IF;
END $$;
