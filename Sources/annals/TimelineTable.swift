import AnnalsKit
import Foundation

/// A timeline laid out for a terminal: one line per event, dates aligned.
///
/// On a terminal (``terminalWidth`` set) each line fits the width: the
/// summary is cut with an ellipsis, and right-to-left text (Persian
/// summaries) is wrapped in Unicode directional isolates, so a terminal that
/// applies the bidirectional algorithm shows it in the right order without
/// disturbing the columns around it. Piped or redirected, the table is plain
/// text: whole summaries, no invisible characters.
struct TimelineTable {
    let events: [TimelineEvent]
    /// The terminal's width in columns; nil when the output is not a terminal.
    var terminalWidth: Int?

    /// The narrowest summary column a cut leaves, however narrow the terminal.
    static let minimumSummaryWidth = 12

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
        let header = pad("date", dateWidth) + "  " + pad("what", typeWidth) + "  " + pad("who", actorWidth) + "  sources  "
        var lines = [header + "summary"]
        let summaryWidth = terminalWidth.map { max(Self.minimumSummaryWidth, $0 - header.count) }
        for (index, event) in events.enumerated() {
            let type = types[index].count > typeWidth ? String(types[index].prefix(typeWidth - 1)) + "…" : types[index]
            var line = pad(dates[index], dateWidth) + "  " + pad(type, typeWidth) + "  " + pad(actors[index], actorWidth)
            line += "  " + pad(String(event.mentionCount), 7) + "  "
            var place = ""
            if let name = event.location?.name ?? event.location?.code { place = " @ " + name }
            if let summaryWidth {
                let (summary, fittedPlace) = Self.fit(event.summary, place: place, width: summaryWidth)
                line += isolate(summary) + fittedPlace
            } else {
                line += event.summary + place
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary and place cut to `width` columns together: the place is kept
    /// while the summary keeps a few words, and the cut is marked with `…`.
    static func fit(_ summary: String, place: String, width: Int) -> (String, String) {
        if summary.count + place.count <= width { return (summary, place) }
        let keepsPlace = width - place.count >= minimumSummaryWidth
        let room = keepsPlace ? width - place.count : width
        if summary.count <= room { return (summary, keepsPlace ? place : "") }
        let cut = String(summary.prefix(max(1, room - 1))).trimmingCharacters(in: .whitespaces)
        return (cut + "…", keepsPlace ? place : "")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// First-strong isolate … pop directional isolate.
    private func isolate(_ text: String) -> String {
        "\u{2068}" + text + "\u{2069}"
    }
}

/// The width of the terminal standard output writes to.
enum TerminalWidth {
    /// Columns of the terminal on standard output; nil when standard output is
    /// not a terminal (a pipe, a file).
    static var standardOutput: Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
