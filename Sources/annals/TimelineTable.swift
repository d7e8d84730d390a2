import AnnalsKit

/// A timeline laid out for a terminal: one line per event, dates aligned.
///
/// Right-to-left text (Persian summaries) is wrapped in Unicode directional
/// isolates, so a terminal that applies the bidirectional algorithm shows it
/// in the right order without disturbing the columns around it.
struct TimelineTable {
    let events: [TimelineEvent]

    var rendered: String {
        guard !events.isEmpty else { return "No events.\n" }
        let dates = events.map { event in
            event.date.isAnchored ? event.date.value ?? "?" : "undated" + (event.date.value.map { " (\($0))" } ?? "")
        }
        let types = events.map { "\($0.type.cameo) \($0.type.label ?? "")" }
        let actors = events.map { event in
            event.actors.map { $0.code + ($0.role == .source ? "→" : "") }.joined(separator: " ")
        }
        let dateWidth = dates.map(\.count).max() ?? 0
        let typeWidth = min(36, types.map(\.count).max() ?? 0)
        let actorWidth = actors.map(\.count).max() ?? 0
        var lines = [
            pad("date", dateWidth) + "  " + pad("what", typeWidth) + "  " + pad("who", actorWidth) + "  sources  summary"
        ]
        for (index, event) in events.enumerated() {
            let type = types[index].count > typeWidth ? String(types[index].prefix(typeWidth - 1)) + "…" : types[index]
            var line = pad(dates[index], dateWidth) + "  " + pad(type, typeWidth) + "  " + pad(actors[index], actorWidth)
            line += "  " + pad(String(event.mentions.count), 7) + "  " + isolate(event.summary)
            if let place = event.location?.name ?? event.location?.code { line += " @ " + place }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// First-strong isolate … pop directional isolate.
    private func isolate(_ text: String) -> String {
        "\u{2068}" + text + "\u{2069}"
    }
}
