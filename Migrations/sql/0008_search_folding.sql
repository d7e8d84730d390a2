-- 0008_search_folding: the PostgreSQL store's full-text index learns the folding
-- this store's index has had since 0005 (Arabic and Persian letter forms, digits,
-- diacritics and invisible marks do not matter to a search). SQLite changes nothing:
-- the number keeps the two stores' schema histories in step.
--
-- Frozen once released: a change to the schema is a new numbered file.

SELECT 1;
