-- 0014_document_text_lz4: nothing to change in SQLite, which stores a document's text
-- as it is. The PostgreSQL store compresses new documents' text with lz4 (see
-- postgres/0014). The number keeps the two stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file.

SELECT 1;
