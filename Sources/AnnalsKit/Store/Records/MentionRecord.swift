import GRDB

/// A row of `mentions`.
struct MentionRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "mentions"

    var id: Int64?
    var eventID: Int64
    var documentID: Int64
    var sentence: String
    var sentenceStart: Int
    var sentenceEnd: Int
    var triggerText: String
    var triggerStart: Int
    var triggerEnd: Int
    var timeText: String?

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, eventID = "event_id", documentID = "document_id", sentence
        case sentenceStart = "sentence_start", sentenceEnd = "sentence_end"
        case triggerText = "trigger_text", triggerStart = "trigger_start", triggerEnd = "trigger_end"
        case timeText = "time_text"
    }

    init(_ mention: EventMention, eventID: Int64, documentID: Int64) {
        self.eventID = eventID
        self.documentID = documentID
        sentence = mention.sentence
        sentenceStart = mention.start
        sentenceEnd = mention.end
        triggerText = mention.trigger
        triggerStart = mention.triggerStart
        triggerEnd = mention.triggerEnd
        timeText = mention.timeText
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension MentionRecord {
    /// Inserts a mention unless the same event, document and sentence offsets are stored
    /// (then nothing changes: `changesCount` is 0), bound with ``bindInsert(to:)``.
    static let insertOrIgnoreSQL = """
        INSERT OR IGNORE INTO mentions (event_id, document_id, sentence, sentence_start, sentence_end,
                                        trigger_text, trigger_start, trigger_end, time_text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Binds the values of ``insertOrIgnoreSQL``, in its column order.
    func bindInsert(to binder: inout StatementBinder) {
        binder.bind(eventID)
        binder.bind(documentID)
        binder.bind(sentence)
        binder.bind(sentenceStart)
        binder.bind(sentenceEnd)
        binder.bind(triggerText)
        binder.bind(triggerStart)
        binder.bind(triggerEnd)
        binder.bind(timeText)
    }
}
