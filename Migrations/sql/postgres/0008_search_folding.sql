-- 0008_search_folding for PostgreSQL: search folds text as Annals folds it (see
-- TextNormalizer and sql/0005_search_tables.sql), on both sides of the match: Arabic
-- ي ى ك and Persian ی ک are one letter, so are أ إ ٱ and ا, ؤ and و, ۀ ة and ه;
-- Persian and Arabic-Indic digits are ASCII digits; vowel marks, tatweel, Latin
-- accents and invisible marks (zero-width space and joiner, direction marks and
-- isolates, byte-order mark, soft hyphen) are dropped; a zero-width non-joiner
-- separates words, as SQLite's tokenizer has it. Every existing mention is indexed again.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE FUNCTION annals_fold(input TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(
        regexp_replace(normalize(lower(input), NFD), '[\u0300-\u036F]', '', 'g'),
        U&'\064A\0649\06D0\0643\0671\06C0\0629\0623\0625\0624\06F0\0660\06F1\0661\06F2\0662\06F3\0663\06F4\0664\06F5\0665\06F6\0666\06F7\0667\06F8\0668\06F9\0669\200C\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F\0670\0640\200B\200D\200E\200F\202A\202B\202C\202D\202E\2066\2067\2068\2069\FEFF\00AD',
        U&'\06CC\06CC\06CC\06A9\0627\0647\0647\0627\0627\0648\0030\0030\0031\0031\0032\0032\0033\0033\0034\0034\0035\0035\0036\0036\0037\0037\0038\0038\0039\0039\0020')
$$;

CREATE OR REPLACE FUNCTION mentions_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := to_tsvector('simple', annals_fold(
        coalesce((SELECT summary FROM events WHERE id = NEW.event_id), '') || ' ' || NEW.sentence));
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION events_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE mentions SET search = to_tsvector('simple', annals_fold(NEW.summary || ' ' || sentence)) WHERE event_id = NEW.id;
    RETURN NULL;
END $$;

UPDATE mentions m SET search = to_tsvector('simple', annals_fold(e.summary || ' ' || m.sentence))
FROM events e WHERE e.id = m.event_id;
