-- 0016_checks_without_lists: the CHECK constraints that test a column against a
-- list of three words or more (events.date_type, events.granularity,
-- events.calendar, event_participants.role, actor_aliases.form) compare it with
-- each word in turn instead. They accept and refuse exactly the same values (NULL
-- included), but SQLite evaluated `column IN (a, b, c)` in a CHECK by building a
-- temporary index of the list on every row inserted: three per event and one per
-- participant, about a tenth of an ingest's instructions.
--
-- No row changes, only the text SQLite keeps of the three tables' definitions. It is
-- edited in place, as SQLite's documentation allows for CHECK constraints
-- (writable_schema), rather than by copying the tables. A text not found (a
-- definition in another form) is left as it is, with the same checks as before.
-- `writable_schema = RESET` makes this connection read the new definitions; creating
-- and dropping a table moves the schema's version on, so that every other connection
-- reads them too.
--
-- Frozen once released: a change to the schema is a new numbered file.

PRAGMA writable_schema = ON;

UPDATE sqlite_master
SET sql = replace(replace(replace(sql,
    'date_type IN (''DATE'', ''TIME'', ''DURATION'', ''SET'')',
    '(date_type = ''DATE'' OR date_type = ''TIME'' OR date_type = ''DURATION'' OR date_type = ''SET'')'),
    'granularity IN' || char(10) || '                      (''day'', ''week'', ''month'', ''season'', ''quarter'', ''year'', ''decade'', ''century'', ''none'')',
    '(granularity = ''day'' OR granularity = ''week'' OR granularity = ''month'' OR granularity = ''season''' || char(10)
        || '                       OR granularity = ''quarter'' OR granularity = ''year'' OR granularity = ''decade''' || char(10)
        || '                       OR granularity = ''century'' OR granularity = ''none'')'),
    'calendar IN (''gregorian'', ''solar-hijri'', ''lunar-hijri'')',
    '(calendar = ''gregorian'' OR calendar = ''solar-hijri'' OR calendar = ''lunar-hijri'')')
WHERE type = 'table' AND name = 'events';

UPDATE sqlite_master
SET sql = replace(sql,
    'role IN (''source'', ''target'', ''other'')',
    '(role = ''source'' OR role = ''target'' OR role = ''other'')')
WHERE type = 'table' AND name = 'event_participants';

UPDATE sqlite_master
SET sql = replace(sql,
    'form IN (''name'', ''demonym'', ''city'', ''spokesperson'')',
    '(form = ''name'' OR form = ''demonym'' OR form = ''city'' OR form = ''spokesperson'')')
WHERE type = 'table' AND name = 'actor_aliases';

PRAGMA writable_schema = RESET;

CREATE TABLE migration_0016_schema_version (unused);
DROP TABLE migration_0016_schema_version;
