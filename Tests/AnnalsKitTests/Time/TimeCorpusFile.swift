import Foundation
import Testing
@testable import AnnalsKit

/// The rows of a corpus file in `Fixtures/time/` (`corpus-en.tsv`, `corpus-fa.tsv`): one phrase a line,
/// the reference date it is read against, and the value the tagger must give it, or `-` for nothing.
///
/// Columns (TAB-separated): `phrase`, `reference` (ISO date or `-`), `value` (TIMEX3 value, or `-`:
/// the phrase must yield no expression), `type` (DATE, TIME, DURATION, SET or empty), `text` (the
/// tagged text when it is not the whole phrase, or empty), `zone` (optional: the time zone the value
/// keeps), `mod` (optional: the TIMEX3 mod, `APPROX`, `MID`…), `interval` (optional: the Gregorian
/// days it spans, `FIRST..LAST`). A value may list several expressions in text order, `|`-separated ("1989-Q3|1988-Q3"), for
/// readings that depend on another expression of the phrase; `type`, `text` and `zone` are then the
/// last one's. Lines starting with `#` are comments.
enum TimeCorpusFile {
    struct Row: Sendable, CustomTestStringConvertible {
        var line: Int
        var phrase: String
        var reference: String?
        var value: String?
        var type: TimexType?
        var text: String?
        var zone: String?
        var mod: String?
        var interval: String?
        /// What is wrong with the line, if anything.
        var problem: String?

        var testDescription: String { "line \(line): \(phrase) @\(reference ?? "-") → \(value ?? "nothing")" }
    }

    /// The rows of `corpus-<language>.tsv`; a malformed line becomes a row that fails with its line number.
    static func rows(_ language: Language) -> [Row] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/time/corpus-\(language.rawValue).tsv")
        guard let content = try? String(contentsOf: url, encoding: .utf8) else {
            return [Row(line: 0, phrase: "", reference: nil, value: nil, type: nil, text: nil, zone: nil, mod: nil, interval: nil,
                        problem: "missing file \(url.path)")]
        }
        var rows: [Row] = []
        for (number, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("phrase\t") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let cell = { (index: Int) -> String? in index < cells.count && !cells[index].isEmpty ? cells[index] : nil }
            var row = Row(line: number + 1, phrase: cells[0], reference: cell(1).flatMap { $0 == "-" ? nil : $0 },
                          value: cell(2).flatMap { $0 == "-" ? nil : $0 }, type: nil, text: cell(4), zone: cell(5),
                          mod: cell(6), interval: cell(7))
            if cell(2) == nil { row.problem = "no value column" }
            if let type = cell(3) {
                row.type = TimexType(rawValue: type)
                if row.type == nil { row.problem = "unknown type '\(type)'" }
            }
            rows.append(row)
        }
        return rows
    }

    /// Checks one row: exactly one expression with the row's value (and type and text), or nothing.
    static func check(_ row: Row, language: Language) throws {
        try #require(row.problem == nil, "line \(row.line): \(row.problem ?? "")")
        let tagger = try #require(TimeTesting.tagger)
        let reference = row.reference.flatMap { DayDate(iso: $0) }
        if row.reference != nil { try #require(reference != nil, "bad reference date") }
        let found = tagger.tag(row.phrase, language: language, reference: reference)
        guard let value = row.value else {
            #expect(found.isEmpty, "expected nothing, got \(found.map { "\($0.text)=\($0.value.timex)" })")
            return
        }
        let values = value.split(separator: "|").map(String.init)
        try #require(found.count == values.count,
                     "expected \(values.count) expression(s), got \(found.map { "\($0.text)=\($0.value.timex)" })")
        #expect(found.map(\.value.timex) == values)
        let last = found[found.count - 1]
        if let type = row.type { #expect(last.value.type == type) }
        if let text = row.text { #expect(last.text == text) }
        if let zone = row.zone { #expect(last.value.timeZone == zone) }
        if let mod = row.mod { #expect(last.value.mod == mod) }
        if let interval = row.interval {
            #expect("\(last.value.start?.iso ?? "-")..\(last.value.end?.iso ?? "-")" == interval)
        }
    }
}

@Suite struct TimeCorpusFileTests {
    @Test(arguments: TimeCorpusFile.rows(.english))
    func english(row: TimeCorpusFile.Row) throws {
        try TimeCorpusFile.check(row, language: .english)
    }

    @Test(arguments: TimeCorpusFile.rows(.persian))
    func persian(row: TimeCorpusFile.Row) throws {
        try TimeCorpusFile.check(row, language: .persian)
    }
}
