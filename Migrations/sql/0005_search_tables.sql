-- 0005_search_tables: full-text search tied to the mentions table, and the
-- views a person queries first.
--
-- event_search becomes an external-content FTS5 table over mentions(sentence):
-- the text lives once, in mentions, and tools that look for a table's
-- full-text index by its content option (sqlite-utils search, Datasette's
-- search box, `sqlite-utils tables --fts5`) find it on mentions. Each event's
-- summary is a clause of one of its sentences, so the sentences cover it.
--
-- The index holds each sentence folded as ingest folds text (TextNormalizer):
-- Arabic yeh and kaf as Persian ی and ک, hamza-carrying alefs as ا, ة and ۀ
-- as ه, Persian and Arabic-Indic digits as ASCII, harakat, tatweel and
-- invisible format characters dropped. The unicode61 tokenizer then splits
-- at ZWNJ and punctuation, folds case and drops Latin diacritics. `annals
-- search` folds its words the same way. The folding is the nested replace()
-- below, written out in each trigger: SQLite has no functions of its own
-- making, and this keeps the triggers working in any SQLite client.
-- Because the index holds folded text, an FTS5 'rebuild' (which reads the
-- sentences unfolded) must not be run on it; the triggers keep it exact.
--
-- Frozen once released: a change to the schema is a new numbered file.

DROP TRIGGER mentions_search_insert;
DROP TRIGGER mentions_search_update;
DROP TRIGGER mentions_search_delete;
DROP TRIGGER events_search_update;
DROP TABLE event_search;

CREATE VIRTUAL TABLE event_search USING fts5(
    sentence,
    content="mentions",
    content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO event_search(rowid, sentence)
SELECT id, (SELECT replace(replace(replace(replace(x, char(8296), ''), char(8297), ''), char(65279), ''), char(173), '')
    FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(8203), ''), char(8205), ''), char(8206), ''), char(8207), ''), char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), ''), char(8294), ''), char(8295), '') AS x
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), '') AS x
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1779), char(51)), char(1635), char(51)), char(1780), char(52)), char(1636), char(52)), char(1781), char(53)), char(1637), char(53)), char(1782), char(54)), char(1638), char(54)), char(1783), char(55)), char(1639), char(55)), char(1784), char(56)), char(1640), char(56)), char(1785), char(57)), char(1641), char(57)), char(1611), ''), char(1612), '') AS x
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1610), char(1740)), char(1609), char(1740)), char(1744), char(1740)), char(1603), char(1705)), char(1571), char(1575)), char(1573), char(1575)), char(1649), char(1575)), char(1572), char(1608)), char(1728), char(1607)), char(1577), char(1607)), char(1776), char(48)), char(1632), char(48)), char(1777), char(49)), char(1633), char(49)), char(1778), char(50)), char(1634), char(50)) AS x
        FROM (SELECT sentence AS x)))))) FROM mentions;

CREATE TRIGGER mentions_search_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO event_search(rowid, sentence)
    VALUES (new.id, (SELECT replace(replace(replace(replace(x, char(8296), ''), char(8297), ''), char(65279), ''), char(173), '')
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(8203), ''), char(8205), ''), char(8206), ''), char(8207), ''), char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), ''), char(8294), ''), char(8295), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1779), char(51)), char(1635), char(51)), char(1780), char(52)), char(1636), char(52)), char(1781), char(53)), char(1637), char(53)), char(1782), char(54)), char(1638), char(54)), char(1783), char(55)), char(1639), char(55)), char(1784), char(56)), char(1640), char(56)), char(1785), char(57)), char(1641), char(57)), char(1611), ''), char(1612), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1610), char(1740)), char(1609), char(1740)), char(1744), char(1740)), char(1603), char(1705)), char(1571), char(1575)), char(1573), char(1575)), char(1649), char(1575)), char(1572), char(1608)), char(1728), char(1607)), char(1577), char(1607)), char(1776), char(48)), char(1632), char(48)), char(1777), char(49)), char(1633), char(49)), char(1778), char(50)), char(1634), char(50)) AS x
            FROM (SELECT new.sentence AS x)))))));
END;

CREATE TRIGGER mentions_search_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO event_search(event_search, rowid, sentence)
    VALUES ('delete', old.id, (SELECT replace(replace(replace(replace(x, char(8296), ''), char(8297), ''), char(65279), ''), char(173), '')
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(8203), ''), char(8205), ''), char(8206), ''), char(8207), ''), char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), ''), char(8294), ''), char(8295), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1779), char(51)), char(1635), char(51)), char(1780), char(52)), char(1636), char(52)), char(1781), char(53)), char(1637), char(53)), char(1782), char(54)), char(1638), char(54)), char(1783), char(55)), char(1639), char(55)), char(1784), char(56)), char(1640), char(56)), char(1785), char(57)), char(1641), char(57)), char(1611), ''), char(1612), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1610), char(1740)), char(1609), char(1740)), char(1744), char(1740)), char(1603), char(1705)), char(1571), char(1575)), char(1573), char(1575)), char(1649), char(1575)), char(1572), char(1608)), char(1728), char(1607)), char(1577), char(1607)), char(1776), char(48)), char(1632), char(48)), char(1777), char(49)), char(1633), char(49)), char(1778), char(50)), char(1634), char(50)) AS x
            FROM (SELECT old.sentence AS x)))))));
END;

CREATE TRIGGER mentions_search_update AFTER UPDATE OF sentence ON mentions BEGIN
    INSERT INTO event_search(event_search, rowid, sentence)
    VALUES ('delete', old.id, (SELECT replace(replace(replace(replace(x, char(8296), ''), char(8297), ''), char(65279), ''), char(173), '')
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(8203), ''), char(8205), ''), char(8206), ''), char(8207), ''), char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), ''), char(8294), ''), char(8295), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1779), char(51)), char(1635), char(51)), char(1780), char(52)), char(1636), char(52)), char(1781), char(53)), char(1637), char(53)), char(1782), char(54)), char(1638), char(54)), char(1783), char(55)), char(1639), char(55)), char(1784), char(56)), char(1640), char(56)), char(1785), char(57)), char(1641), char(57)), char(1611), ''), char(1612), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1610), char(1740)), char(1609), char(1740)), char(1744), char(1740)), char(1603), char(1705)), char(1571), char(1575)), char(1573), char(1575)), char(1649), char(1575)), char(1572), char(1608)), char(1728), char(1607)), char(1577), char(1607)), char(1776), char(48)), char(1632), char(48)), char(1777), char(49)), char(1633), char(49)), char(1778), char(50)), char(1634), char(50)) AS x
            FROM (SELECT old.sentence AS x)))))));
    INSERT INTO event_search(rowid, sentence)
    VALUES (new.id, (SELECT replace(replace(replace(replace(x, char(8296), ''), char(8297), ''), char(65279), ''), char(173), '')
        FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1629), ''), char(1630), ''), char(1631), ''), char(1648), ''), char(1600), ''), char(8203), ''), char(8205), ''), char(8206), ''), char(8207), ''), char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), ''), char(8294), ''), char(8295), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''), char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1779), char(51)), char(1635), char(51)), char(1780), char(52)), char(1636), char(52)), char(1781), char(53)), char(1637), char(53)), char(1782), char(54)), char(1638), char(54)), char(1783), char(55)), char(1639), char(55)), char(1784), char(56)), char(1640), char(56)), char(1785), char(57)), char(1641), char(57)), char(1611), ''), char(1612), '') AS x
            FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(x, char(1610), char(1740)), char(1609), char(1740)), char(1744), char(1740)), char(1603), char(1705)), char(1571), char(1575)), char(1573), char(1575)), char(1649), char(1575)), char(1572), char(1608)), char(1728), char(1607)), char(1577), char(1607)), char(1776), char(48)), char(1632), char(48)), char(1777), char(49)), char(1633), char(49)), char(1778), char(50)), char(1634), char(50)) AS x
            FROM (SELECT new.sentence AS x)))))));
END;

-- One row per event, as a timeline shows it: the actors by name and role,
-- the place, the summary and how many sentences report it.
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
    (SELECT group_concat(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code
      WHERE p.event_id = e.id AND p.role = 'source') AS source_actors,
    (SELECT group_concat(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code
      WHERE p.event_id = e.id AND p.role = 'target') AS target_actors,
    (SELECT group_concat(a.name, '; ') FROM event_participants p JOIN actors a ON a.code = p.actor_code
      WHERE p.event_id = e.id AND p.role = 'other') AS other_actors,
    (SELECT group_concat(p.actor_code, ';') FROM event_participants p WHERE p.event_id = e.id) AS actor_codes,
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
