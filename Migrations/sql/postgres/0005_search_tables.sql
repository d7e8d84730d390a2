-- 0005_search_tables for PostgreSQL: the views timeline and event_sources of
-- sql/0005_search_tables.sql. Search there is the tsvector of 0001; the FTS5 table is SQLite's own.
--
-- Frozen once released: a change to the schema is a new numbered file, here and in sql/.

CREATE VIEW timeline AS
SELECT
    e.id,
    e.date_value,
    e.date_start,
    e.date_end,
    e.granularity,
    e.calendar,
    e.cameo,
    e.label,
    e.root_label,
    e.quad_class,
    e.goldstein,
    (SELECT string_agg(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code
      WHERE p.event_id = e.id AND p.role = 'source') AS source_actors,
    (SELECT string_agg(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code
      WHERE p.event_id = e.id AND p.role = 'target') AS target_actors,
    (SELECT string_agg(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code
      WHERE p.event_id = e.id AND p.role = 'other') AS other_actors,
    (SELECT string_agg(p.actor_code, ';') FROM event_participants p WHERE p.event_id = e.id) AS actor_codes,
    coalesce(e.location_name, e.location_code) AS location,
    e.summary,
    e.polarity,
    e.modality,
    (SELECT count(*) FROM mentions m WHERE m.event_id = e.id) AS mention_count
FROM events e;

-- Every sentence that reports an event, with the document it is in.
CREATE VIEW event_sources AS
SELECT
    m.event_id,
    e.date_value,
    e.cameo,
    e.label,
    m.id AS mention_id,
    d.id AS document_id,
    d.title,
    d.source AS outlet,
    d.url,
    d.published,
    d.language,
    d.origin,
    m.sentence,
    m.sentence_start,
    m.sentence_end,
    m.trigger_text
FROM mentions m
JOIN events e ON e.id = m.event_id
JOIN documents d ON d.id = m.document_id;
