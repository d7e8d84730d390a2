/// The columns of a stored event that make an ``ExtractedEvent`` again:
/// what a copy into another store ingests (see ``EventStore/forEachDocument(_:)``).
public struct StoredEvent: Sendable, Hashable {
    public var cameo: String
    public var time: TimeValue?
    public var locationCode: String?
    public var locationName: String?
    public var polarity: Polarity
    public var modality: Modality
    public var summary: String

    public init(cameo: String, time: TimeValue?, locationCode: String?, locationName: String?,
                polarity: Polarity, modality: Modality, summary: String) {
        self.cameo = cameo
        self.time = time
        self.locationCode = locationCode
        self.locationName = locationName
        self.polarity = polarity
        self.modality = modality
        self.summary = summary
    }

    /// The event's columns as stored: the date columns are all set or all NULL (the schema's CHECKs).
    public init(cameo: String, dateValue: String?, dateType: TimexType?, dateMod: String?, dateStart: DayDate?,
                dateEnd: DayDate?, granularity: Granularity?, calendar: CalendarSystem?, locationCode: String?,
                locationName: String?, polarity: Polarity, modality: Modality, summary: String) {
        var time: TimeValue?
        if let dateValue, let dateType, let granularity, let calendar {
            time = TimeValue(timex: dateValue, type: dateType, start: dateStart, end: dateEnd,
                             granularity: granularity, calendar: calendar, mod: dateMod)
        }
        self.init(cameo: cameo, time: time, locationCode: locationCode, locationName: locationName,
                  polarity: polarity, modality: modality, summary: summary)
    }

    init(_ record: EventRecord) {
        self.init(cameo: record.cameo, dateValue: record.dateValue, dateType: record.dateType,
                  dateMod: record.dateMod, dateStart: record.dateStart, dateEnd: record.dateEnd,
                  granularity: record.granularity, calendar: record.calendar, locationCode: record.locationCode,
                  locationName: record.locationName, polarity: record.polarity, modality: record.modality,
                  summary: record.summary)
    }
}

/// Gathers the mentions read for some documents into each document's events,
/// in the order of each event's first mention.
public struct StoredEventsBuilder: Sendable {
    private var order: [Int64: [Int64]] = [:]
    private var parts: [Int64: [Int64: (StoredEvent, [Participant], [EventMention])]] = [:]

    public init() {}

    /// Adds one mention in `document` of the stored event `id`.
    public mutating func add(_ mention: EventMention, of event: StoredEvent, id: Int64, document: Int64,
                             participants: [Participant]) {
        if parts[document]?[id] == nil {
            order[document, default: []].append(id)
            parts[document, default: [:]][id] = (event, participants, [])
        }
        parts[document]?[id]?.2.append(mention)
    }

    /// Each document's events, with its mentions.
    public var events: [Int64: [ExtractedEvent]] {
        var events: [Int64: [ExtractedEvent]] = [:]
        for (document, ids) in order {
            events[document] = ids.compactMap { id in
                guard let (event, participants, mentions) = parts[document]?[id] else { return nil }
                return ExtractedEvent(
                    cameo: event.cameo, time: event.time, participants: participants,
                    locationCode: event.locationCode, locationName: event.locationName,
                    polarity: event.polarity, modality: event.modality, summary: event.summary, mentions: mentions)
            }
        }
        return events
    }
}
