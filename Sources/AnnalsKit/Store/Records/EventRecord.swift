import GRDB

/// A row of `events`.
struct EventRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "events"

    var id: Int64?
    var cameo: String
    var label: String?
    var rootLabel: String?
    var quadClass: Int?
    var goldstein: Double?
    var dateValue: String?
    var dateType: TimexType?
    var dateMod: String?
    var dateStart: DayDate?
    var dateEnd: DayDate?
    var granularity: Granularity?
    var calendar: CalendarSystem?
    var polarity: Polarity
    var modality: Modality
    var locationCode: String?
    var locationName: String?
    var summary: String
    var mergeKey: String

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, cameo, label, rootLabel = "root_label", quadClass = "quad_class", goldstein
        case dateValue = "date_value", dateType = "date_type", dateMod = "date_mod"
        case dateStart = "date_start", dateEnd = "date_end", granularity, calendar
        case polarity, modality, locationCode = "location_code", locationName = "location_name"
        case summary, mergeKey = "merge_key"
    }

    init(_ event: ExtractedEvent, label: EventTypeLabel?, mergeKey: String) {
        cameo = event.cameo
        self.label = label?.label
        rootLabel = label?.rootLabel
        quadClass = label?.quadClass
        goldstein = label?.goldstein
        dateValue = event.time?.timex
        dateType = event.time?.type
        dateMod = event.time?.mod
        // An interval is stored only when both ends are known.
        if let time = event.time, time.isAnchored {
            dateStart = time.start
            dateEnd = time.end
        }
        granularity = event.time?.granularity
        calendar = event.time?.calendar
        polarity = event.polarity
        modality = event.modality
        locationCode = event.locationCode
        locationName = event.locationName
        summary = event.summary
        self.mergeKey = mergeKey
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension EventRecord {
    /// Inserts a new event (its id chosen by SQLite), bound with ``bindInsert(to:)``.
    static let insertSQL = """
        INSERT INTO events (cameo, label, root_label, quad_class, goldstein, date_value, date_type, date_mod,
                            date_start, date_end, granularity, calendar, polarity, modality,
                            location_code, location_name, summary, merge_key)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// ``insertSQL`` that inserts nothing (and changes no row) when an event with the
    /// same merge key is stored.
    static let insertUnlessKnownSQL = insertSQL + " ON CONFLICT (merge_key) DO NOTHING"

    /// Binds the values of ``insertSQL``, in its column order.
    func bindInsert(to binder: inout StatementBinder) {
        binder.bind(cameo)
        binder.bind(label)
        binder.bind(rootLabel)
        binder.bind(quadClass)
        binder.bind(goldstein)
        binder.bind(dateValue)
        binder.bind(dateType)
        binder.bind(dateMod)
        binder.bind(dateStart)
        binder.bind(dateEnd)
        binder.bind(granularity)
        binder.bind(calendar)
        binder.bind(polarity)
        binder.bind(modality)
        binder.bind(locationCode)
        binder.bind(locationName)
        binder.bind(summary)
        binder.bind(mergeKey)
    }
}

extension EventRecord {
    /// Every column, in the table's order, as `e.<column>`: what ``init(row:)`` reads.
    static let selection = columnsBeforeMergeKey + ", e.merge_key"

    /// The columns of ``selection`` up to the summary: every one but the merge key.
    private static let columnsBeforeMergeKey = """
        e.id, e.cameo, e.label, e.root_label, e.quad_class, e.goldstein, e.date_value, e.date_type, e.date_mod,
        e.date_start, e.date_end, e.granularity, e.calendar, e.polarity, e.modality, e.location_code,
        e.location_name, e.summary
        """

    /// Reads the columns of ``selection`` (or `SELECT *`, the same order) by position:
    /// timelines and exports read every event this way, and looking columns up by
    /// name, or decoding through `Decodable`, cost more than the query.
    /// ``selection`` and the event's participant digest (`events.participants`,
    /// migration 0009) at ``digestColumn``: what a timeline reads.
    ///
    /// A timeline never shows an event's merge key: an empty text stands in its
    /// place, which spares the sort of a pair's events and a string per event.
    static let timelineSelection = columnsBeforeMergeKey + ", '' AS merge_key, e.participants"
    static let digestColumn = 19

    init(row: Row) throws {
        id = row[0]
        cameo = row[1]
        label = row[2]
        rootLabel = row[3]
        quadClass = row[4]
        goldstein = row[5]
        dateValue = row[6]
        dateType = (row[7] as String?).flatMap(TimexType.init(rawValue:))
        dateMod = row[8]
        dateStart = DayDate.fromISOColumn(row, 9)
        dateEnd = DayDate.fromISOColumn(row, 10)
        granularity = (row[11] as String?).flatMap(Granularity.init(rawValue:))
        calendar = (row[12] as String?).flatMap(CalendarSystem.init(rawValue:))
        guard let polarity = Polarity(rawValue: row[13]), let modality = Modality(rawValue: row[14]) else {
            throw StoreError.invalidQuery("an event row with an unknown polarity or modality")
        }
        self.polarity = polarity
        self.modality = modality
        locationCode = row[15]
        locationName = row[16]
        summary = row[17]
        mergeKey = row[18]
    }
}
