import AnnalsKit

/// How many events a stream left out for want of a date, counted as the stream is read
/// (so a command can say so after its output).
final class UndatedCounter {
    var count = 0
}

extension TimelineEventSource {
    /// The same events, counting into `counter` each one `isUndated` picks, and leaving
    /// those out as well when `dropping`.
    func counting(into counter: UndatedCounter, dropping: Bool,
                  where isUndated: @escaping (TimelineEvent) -> Bool) -> TimelineEventSource {
        let all = self
        return TimelineEventSource { body in
            try all.forEach { event in
                if isUndated(event) {
                    counter.count += 1
                    if dropping { return }
                }
                try body(event)
            }
        }
    }
}
