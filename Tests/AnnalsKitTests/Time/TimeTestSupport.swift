import Foundation
import Testing
@testable import AnnalsKit

/// One row of a temporal corpus: a phrase, the reference date it is read against,
/// and the value the tagger must give it.
struct TimeCase: Sendable, CustomTestStringConvertible {
    var phrase: String
    var reference: String?
    var timex: String
    var start: String?
    var end: String?
    var granularity: Granularity?
    var type: TimexType?
    var mod: String?
    /// The tagged text, when it is not the whole phrase.
    var text: String?

    init(_ phrase: String, _ reference: String? = nil, _ timex: String, start: String? = nil, end: String? = nil,
         granularity: Granularity? = nil, type: TimexType? = nil, mod: String? = nil, text: String? = nil) {
        self.phrase = phrase
        self.reference = reference
        self.timex = timex
        self.start = start
        self.end = end
        self.granularity = granularity
        self.type = type
        self.mod = mod
        self.text = text
    }

    var testDescription: String { "\(phrase) @\(reference ?? "-") → \(timex)" }
}

enum TimeTesting {
    static let tagger: TemporalTagger? = try? TemporalTagger()

    /// Tags `row.phrase` and checks that exactly one expression with the row's value comes out.
    static func check(_ row: TimeCase, language: Language) throws {
        let tagger = try #require(tagger)
        let reference = row.reference.flatMap { DayDate(iso: $0) }
        let found = tagger.tag(row.phrase, language: language, reference: reference)
        try #require(found.count == 1, "expected one expression, got \(found.map { "\($0.text)=\($0.value.timex)" })")
        let expression = found[0]
        #expect(expression.value.timex == row.timex)
        if let text = row.text { #expect(expression.text == text) }
        if let start = row.start { #expect(expression.value.start?.iso == start) }
        if let end = row.end ?? row.start.flatMap({ row.granularity == .day ? $0 : nil }) {
            #expect(expression.value.end?.iso == end)
        }
        if let granularity = row.granularity { #expect(expression.value.granularity == granularity) }
        if let type = row.type { #expect(expression.value.type == type) }
        if let mod = row.mod { #expect(expression.value.mod == mod) }
        // The reported offsets give back the reported text.
        let scalars = Array(row.phrase.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[expression.range])) == expression.text)
        // Only explicitly relative values lean on the reference date.
        if reference == nil { #expect(!expression.anchoredToReference) }
    }

    /// Tags `phrase` and checks nothing comes out.
    static func checkNothing(_ phrase: String, language: Language) throws {
        let tagger = try #require(tagger)
        let found = tagger.tag(phrase, language: language, reference: DayDate(year: 2009, month: 5, day: 6))
        #expect(found.isEmpty, "expected nothing, got \(found.map { "\($0.text)=\($0.value.timex)" })")
    }

    /// The first days of Solar Hijri and Lunar Hijri months, computed independently
    /// (see Fixtures/time/calendar-month-starts.tsv).
    static let monthStarts: [String: DayDate] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/time/calendar-month-starts.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var starts: [String: DayDate] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("calendar") {
            let cells = line.split(separator: "\t").map(String.init)
            guard cells.count == 4, let date = DayDate(iso: cells[3]) else { continue }
            starts["\(cells[0]) \(cells[1]) \(cells[2])"] = date
        }
        return starts
    }()

    static func monthStart(_ calendar: CalendarSystem, _ year: Int, _ month: Int) -> DayDate? {
        monthStarts["\(calendar.rawValue) \(year) \(month)"]
    }

    /// `text` with its ASCII digits written as Persian digits.
    static func persianDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value - 0x30 + 0x06F0)! : scalar
        }))
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
