#if PostgreSQL
import PostgresNIO

// The statements of an ingest (``IngestPlan``): each writes a batch's rows from one
// array per column (``ColumnArray``) through `unnest`, in the order of the arrays, so
// its text never changes and each connection prepares it once. Conflicts are settled
// by the unique indexes, as they were row by row.

/// Documents not stored yet; the id of each one inserted, by content hash.
struct InsertDocuments: PostgresPreparedStatement {
    static let sql = """
        INSERT INTO documents (content_hash, title, published, source, url, language, origin, text)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                             $7::text[], $8::text[])
        ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash
        """
    typealias Row = (Int64, String)

    var contentHash = ColumnArray<String>(), title = ColumnArray<String>(), published = ColumnArray<String>()
    var source = ColumnArray<String>(), url = ColumnArray<String>(), language = ColumnArray<String>()
    var origin = ColumnArray<String>(), text = ColumnArray<String>()

    var isEmpty: Bool { contentHash.values.isEmpty }

    func makeBindings() -> PostgresBindings {
        var binds = PostgresBindings(capacity: 8)
        for column in [contentHash, title, published, source, url, language, origin, text] { binds.append(column) }
        return binds
    }

    func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
}

/// Events whose merge key is not stored yet; the id of each one inserted, by merge key.
struct InsertEvents: PostgresPreparedStatement {
    static let sql = """
        INSERT INTO events (cameo, label, root_label, quad_class, goldstein, date_value, date_type, date_mod,
                            date_start, date_end, granularity, calendar, polarity, modality,
                            location_code, location_name, summary, merge_key)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int8[], $5::float8[], $6::text[],
                             $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                             $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
        ON CONFLICT (merge_key) DO NOTHING RETURNING id, merge_key
        """
    typealias Row = (Int64, String)

    var cameo = ColumnArray<String>(), label = ColumnArray<String>(), rootLabel = ColumnArray<String>()
    var quadClass = ColumnArray<Int>(), goldstein = ColumnArray<Double>()
    var dateValue = ColumnArray<String>(), dateType = ColumnArray<String>(), dateMod = ColumnArray<String>()
    var dateStart = ColumnArray<String>(), dateEnd = ColumnArray<String>()
    var granularity = ColumnArray<String>(), calendar = ColumnArray<String>()
    var polarity = ColumnArray<String>(), modality = ColumnArray<String>()
    var locationCode = ColumnArray<String>(), locationName = ColumnArray<String>()
    var summary = ColumnArray<String>(), mergeKey = ColumnArray<String>()

    var isEmpty: Bool { mergeKey.values.isEmpty }

    func makeBindings() -> PostgresBindings {
        var binds = PostgresBindings(capacity: 18)
        for column in [cameo, label, rootLabel] { binds.append(column) }
        binds.append(quadClass)
        binds.append(goldstein)
        for column in [dateValue, dateType, dateMod, dateStart, dateEnd, granularity, calendar, polarity, modality,
                       locationCode, locationName, summary, mergeKey] {
            binds.append(column)
        }
        return binds
    }

    func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
}

/// The participants of new events (their pairs follow by migration 0011's trigger).
struct InsertParticipants: PostgresPreparedStatement {
    static let sql = """
        INSERT INTO event_participants (event_id, actor_code, role, person)
        SELECT * FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[])
        ON CONFLICT DO NOTHING
        """
    typealias Row = ()

    var eventID = ColumnArray<Int64>(), actorCode = ColumnArray<String>(), role = ColumnArray<String>()
    var person = ColumnArray<String>()

    var isEmpty: Bool { eventID.values.isEmpty }

    func makeBindings() -> PostgresBindings {
        var binds = PostgresBindings(capacity: 4)
        binds.append(eventID)
        for column in [actorCode, role, person] { binds.append(column) }
        return binds
    }

    func decodeRow(_ row: PostgresRow) throws {}
}

/// A place for stored events that have none.
struct CompletePlaces: PostgresPreparedStatement {
    static let sql = """
        UPDATE events e SET location_code = v.code, location_name = v.name
        FROM unnest($1::int8[], $2::text[], $3::text[]) AS v(id, code, name)
        WHERE e.id = v.id AND e.location_code IS NULL AND e.location_name IS NULL
        """
    typealias Row = ()

    var eventID = ColumnArray<Int64>(), code = ColumnArray<String>(), name = ColumnArray<String>()

    var isEmpty: Bool { eventID.values.isEmpty }

    func makeBindings() -> PostgresBindings {
        var binds = PostgresBindings(capacity: 3)
        binds.append(eventID)
        binds.append(code)
        binds.append(name)
        return binds
    }

    func decodeRow(_ row: PostgresRow) throws {}
}

/// A person for stored participants that have none.
struct CompletePersons: PostgresPreparedStatement {
    static let sql = """
        UPDATE event_participants p SET person = v.person
        FROM unnest($1::int8[], $2::text[], $3::text[]) AS v(event_id, actor_code, person)
        WHERE p.event_id = v.event_id AND p.actor_code = v.actor_code AND p.person IS NULL
        """
    typealias Row = ()

    var eventID = ColumnArray<Int64>(), actorCode = ColumnArray<String>(), person = ColumnArray<String>()

    var isEmpty: Bool { eventID.values.isEmpty }

    func makeBindings() -> PostgresBindings {
        var binds = PostgresBindings(capacity: 3)
        binds.append(eventID)
        binds.append(actorCode)
        binds.append(person)
        return binds
    }

    func decodeRow(_ row: PostgresRow) throws {}
}

/// Mentions not stored yet; the document of each one inserted. A row's search text,
/// when given, is already folded (migration 0013); without it the trigger folds.
struct InsertMentions: PostgresPreparedStatement {
    static let sql = """
        INSERT INTO mentions (event_id, document_id, sentence, sentence_start, sentence_end,
                              trigger_text, trigger_start, trigger_end, time_text, search)
        SELECT m.event_id, m.document_id, m.sentence, m.sentence_start, m.sentence_end,
               m.trigger_text, m.trigger_start, m.trigger_end, m.time_text, to_tsvector('simple', m.folded)
        FROM unnest($1::int8[], $2::int8[], $3::text[], $4::int8[], $5::int8[], $6::text[], $7::int8[],
                    $8::int8[], $9::text[], $10::text[])
             AS m(event_id, document_id, sentence, sentence_start, sentence_end,
                  trigger_text, trigger_start, trigger_end, time_text, folded)
        ON CONFLICT DO NOTHING RETURNING document_id
        """
    typealias Row = Int64

    var eventID = ColumnArray<Int64>(), documentID = ColumnArray<Int64>(), sentence = ColumnArray<String>()
    var sentenceStart = ColumnArray<Int>(), sentenceEnd = ColumnArray<Int>(), trigger = ColumnArray<String>()
    var triggerStart = ColumnArray<Int>(), triggerEnd = ColumnArray<Int>(), timeText = ColumnArray<String>()
    var folded = ColumnArray<String>()

    var isEmpty: Bool { eventID.values.isEmpty }

    func makeBindings() -> PostgresBindings {
        var binds = PostgresBindings(capacity: 10)
        binds.append(eventID)
        binds.append(documentID)
        binds.append(sentence)
        binds.append(sentenceStart)
        binds.append(sentenceEnd)
        binds.append(trigger)
        binds.append(triggerStart)
        binds.append(triggerEnd)
        binds.append(timeText)
        binds.append(folded)
        return binds
    }

    func decodeRow(_ row: PostgresRow) throws -> Int64 { try row.decode(Int64.self) }
}
#endif
