/// The text that identifies an event for merging: events with equal keys are one event.
///
/// It joins the CAMEO code, the sorted set of actor codes, polarity, modality
/// and the date. An anchored date contributes its TIMEX3 value and interval;
/// an event without an interval contributes its TIMEX3 value (if any) and the
/// id of its document, so it only merges within that document.
struct EventMergeKey: Sendable, Hashable {
    let string: String

    init(_ event: ExtractedEvent, documentID: Int64) {
        let actors = Set(event.participants.map(\.actorCode)).sorted().joined(separator: ",")
        let date: String
        if let time = event.time, time.isAnchored, let start = time.start, let end = time.end {
            date = "dated:\(time.timex)/\(start.iso)/\(end.iso)"
        } else {
            date = "undated:\(event.time?.timex ?? "")/document:\(documentID)"
        }
        string = [event.cameo, actors, event.polarity.rawValue, event.modality.rawValue, date].joined(separator: "|")
    }
}
