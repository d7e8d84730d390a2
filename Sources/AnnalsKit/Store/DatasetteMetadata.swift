import Foundation

/// The `metadata.json` that Datasette reads to describe an Annals database:
/// what each table, view and column holds, the facets worth offering, the
/// full-text index behind the search box, and canned queries.
///
/// ```swift
/// let json = try DatasetteMetadata(databaseName: "annals").json()
/// // datasette annals.sqlite --metadata metadata.json
/// ```
/// `databaseName` is the database file's name without its extension: the
/// name Datasette gives the database in its URLs.
public struct DatasetteMetadata: Sendable, Hashable {
    public var databaseName: String

    public init(databaseName: String) {
        self.databaseName = databaseName
    }

    /// The database name Datasette uses for the file at `path`.
    public static func databaseName(forFile path: String) -> String {
        let file = URL(fileURLWithPath: path).lastPathComponent
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    struct Table: Encodable {
        var description: String
        var columns: [String: String]? = nil
        var facets: [String]? = nil
        var sort: String? = nil
        var label_column: String? = nil
        var fts_table: String? = nil
        var fts_pk: String? = nil
        var hidden: Bool? = nil
    }

    struct Query: Encodable {
        var title: String
        var description: String
        var sql: String
    }

    struct Database: Encodable {
        var description: String
        var tables: [String: Table]
        var queries: [String: Query]
    }

    struct Root: Encodable {
        var title: String
        var description: String
        var source: String
        var databases: [String: Database]
    }

    /// The metadata as pretty-printed JSON with sorted keys (the same bytes for the same name).
    public func json() throws -> String {
        let root = Root(
            title: "Annals",
            description: "Dated events between actors, read from news articles in Persian and English and coded with CAMEO.",
            source: "Annals \(AnnalsVersion.current)",
            databases: [databaseName: Database(
                description: "An Annals knowledge base. Start with the timeline view; search the source sentences "
                    + "on the mentions table or the event_sources view (Persian words are matched as ingest stores them: "
                    + "Persian ی and ک, ASCII digits).",
                tables: Self.tables, queries: Self.queries)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self) + "\n"
    }

    static let dateColumns = [
        "date_value": "The event's date as a TIMEX3 value (1994, 2009-05-05, XXXX-WXX-2 when unresolved).",
        "date_start": "First day of the event's Gregorian interval (YYYY-MM-DD); empty when undated.",
        "date_end": "Last day of the interval, inclusive.",
        "granularity": "How precise the date is: day, month, year, decade…",
        "calendar": "The calendar the text used: gregorian, solar-hijri or lunar-hijri.",
        "cameo": "CAMEO event code, as text (054 keeps its leading zero).",
        "label": "What the CAMEO code means.",
    ]

    static let tables: [String: Table] = [
        "timeline": Table(
            description: "One row per event, as a timeline shows it: date, type, actors by role, place, summary, "
                + "and how many sentences report it.",
            columns: dateColumns.merging([
                "id": "The event's id (the id column of CSV and JSON exports).",
                "root_label": "The CAMEO root category.",
                "quad_class": "CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
                "goldstein": "Goldstein scale, -10 (most conflictual) to +10 (most cooperative).",
                "source_actors": "Who acted (names joined with ; ).",
                "target_actors": "Who it was done to.",
                "other_actors": "Actors named without a role.",
                "actor_codes": "Every actor's code, joined with ;.",
                "location": "Where it happened.",
                "summary": "The clause that reports the event, as the article wrote it.",
                "polarity": "positive, or negative when the text says it did not happen.",
                "modality": "asserted, or hypothetical (planned, possible, wished).",
                "mention_count": "How many source sentences report the event.",
            ]) { first, _ in first },
            facets: ["label", "granularity", "calendar", "quad_class", "modality"],
            sort: "date_start", label_column: "summary"),
        "event_sources": Table(
            description: "Every sentence that reports an event, with its document's title, outlet, URL and publication date.",
            columns: [
                "event_id": "The event reported.", "mention_id": "The sentence's row in mentions.",
                "document_id": "The article.", "title": "The article's title.", "outlet": "Who published it.",
                "url": "Where it was published.", "published": "Publication day (Gregorian).",
                "language": "fa or en.", "origin": "The file (and line) it was read from.",
                "sentence": "The sentence, as the article wrote it.",
                "sentence_start": "Offset of the sentence in the article, in Unicode code points.",
                "sentence_end": "End offset, exclusive.", "trigger_text": "The word that marks the event.",
            ].merging(dateColumns) { first, _ in first },
            facets: ["outlet", "language", "label"], fts_table: "event_search", fts_pk: "mention_id"),
        "events": Table(
            description: "Events: what happened (CAMEO), when (TIMEX3 value and Gregorian interval), where, and a summary.",
            columns: dateColumns.merging([
                "merge_key": "Events with equal keys are one event: same code, actors, polarity, modality and date.",
                "location_code": "The actor whose territory the place is.", "location_name": "The place's name.",
            ]) { first, _ in first },
            facets: ["cameo", "label", "granularity", "calendar", "polarity", "modality"],
            sort: "date_start", label_column: "summary"),
        "mentions": Table(
            description: "Each sentence that reports an event, with its offsets in the document. "
                + "The search box searches these sentences (full-text index event_search).",
            columns: ["sentence": "The sentence, as the article wrote it.",
                      "trigger_text": "The word that marks the event.", "time_text": "The words that date it, if any."],
            label_column: "sentence", fts_table: "event_search", fts_pk: "id"),
        "documents": Table(
            description: "The articles, one row each, with their text.",
            columns: ["content_hash": "SHA-256 of the publication date and text; the same article is stored once.",
                      "source": "The outlet.", "origin": "The file (and line) it was read from."],
            facets: ["language", "source"], sort: "published", label_column: "title"),
        "actors": Table(
            description: "States and organisations, built in or added with `annals actors add`.",
            columns: ["code": "Annals' code (AZE, NATO).", "cameo_code": "The CAMEO actor code.",
                      "user_defined": "1 for actors you added."],
            facets: ["kind", "user_defined"], label_column: "name"),
        "actor_aliases": Table(
            description: "Every name of every actor, in each language, with its normalised form.",
            facets: ["language", "form", "user_defined"]),
        "event_participants": Table(description: "Which actors take part in each event, and in what role.", facets: ["role"]),
        "event_search": Table(description: "Full-text index over mentions.sentence, kept by triggers.", hidden: true),
        "event_actor_pairs": Table(description: "Every pair of actors of each event, kept by triggers.", hidden: true),
        "event_span": Table(description: "The longest stored event interval, kept by triggers.", hidden: true),
        "pair_timeline": Table(description: "Each pair of actors' events in timeline order, with all a timeline prints, kept by triggers.", hidden: true),
        "pair_timeline_rows": Table(description: "The rows of pair_timeline as the other tables give them.", hidden: true),
        "actor_names": Table(description: "Every folded name the gazetteer resolves, for finding actors by name.", hidden: true),
        "actor_names_source": Table(description: "What actor_names was made from (a fingerprint).", hidden: true),
    ]

    /// An actor given as a code, an English name or a Persian name, in any case.
    static func actorCode(_ parameter: String) -> String {
        "(SELECT code FROM actors WHERE code = upper(:\(parameter)) OR lower(name) = lower(:\(parameter)) "
            + "OR persian_name = :\(parameter) LIMIT 1)"
    }

    static let queries: [String: Query] = [
        "timeline_between": Query(
            title: "Timeline between two actors",
            description: "Every event between two actors, in date order, undated last. Name them by code "
                + "(NATO, AZE) or by their English or Persian name.",
            sql: """
                SELECT t.*
                FROM event_actor_pairs x JOIN timeline t ON t.id = x.event_id
                WHERE x.actor_low = min(\(actorCode("actor_a")), \(actorCode("actor_b")))
                  AND x.actor_high = max(\(actorCode("actor_a")), \(actorCode("actor_b")))
                ORDER BY t.date_start IS NULL, t.date_start, t.date_end, t.id
                """),
        "events_of_type": Query(
            title: "Events of one type in a date range",
            description: "Events whose CAMEO code starts with the given digits (05, 057) and whose dates "
                + "reach into the range (YYYY-MM-DD).",
            sql: """
                SELECT t.*
                FROM timeline t
                WHERE substr(t.cameo, 1, length(:cameo)) = :cameo
                  AND t.date_end >= :from AND t.date_start <= :to
                ORDER BY t.date_start, t.date_end, t.id
                """),
        "sources_of_event": Query(
            title: "The sources of one event",
            description: "Each sentence reporting the event, with its article's title, outlet and URL.",
            sql: """
                SELECT * FROM event_sources WHERE event_id = :event_id
                ORDER BY published IS NULL, published, document_id, sentence_start
                """),
    ]
}
