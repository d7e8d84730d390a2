import Testing
@testable import AnnalsKit

/// A small RFC 4180 reader: rows of cells, CRLF or LF line ends, quoted cells.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var cell = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" { scalars.removeFirst(); cell.unicodeScalars.append("\"") } else { quoted = false }
            } else {
                cell.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" && cell.isEmpty {
            quoted = true
        } else if scalar == "," {
            row.append(cell); cell = ""
        } else if scalar == "\r" && scalars.first == "\n" {
            continue
        } else if scalar == "\n" {
            row.append(cell); rows.append(row); row = []; cell = ""
        } else {
            cell.unicodeScalars.append(scalar)
        }
    }
    if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
    return rows
}

@Suite struct CSVExporterTests {
    @Test func writesAHeaderAndOneRowPerEventThatParseBack() throws {
        let text = try CSVExporter().string(for: ExportFixture.events)
        let rows = parseCSV(text)
        #expect(rows.first == CSVExporter.header)
        #expect(rows.count == ExportFixture.events.count + 1)
        #expect(rows.allSatisfy { $0.count == CSVExporter.header.count })

        let second = Dictionary(uniqueKeysWithValues: zip(CSVExporter.header, rows[2]))
        #expect(second["date_value"] == "2009-05-05")
        #expect(second["goldstein"] == "-2.0")
        #expect(second["quad_class"] == "3")
        #expect(second["source_actors"] == "AZE")
        #expect(second["target_actors"] == "NATO")
        #expect(second["other_actors"] == "")
        #expect(second["actor_names"] == "Azerbaijan; NATO")
        #expect(second["location"] == "Baku")
        #expect(second["mention_count"] == "3")
        #expect(second["sources"] == "news.jsonl:4; b/002.txt")
        #expect(second["summary"] == "'=HYPERLINK(\"http://evil.example\",\"click\"), said the \"minister\"\r\nin Baku")

        let first = Dictionary(uniqueKeysWithValues: zip(CSVExporter.header, rows[1]))
        #expect(first["summary"] == ExportFixture.persian)
        #expect(first["calendar"] == "solar-hijri")
        let undated = Dictionary(uniqueKeysWithValues: zip(CSVExporter.header, rows[5]))
        #expect(undated["date_value"] == "")
        #expect(undated["first_sentence"] == "")
        #expect(undated["goldstein"] == "2.8")
    }

    /// The CAMEO code is quoted in both ways of writing a row; the id comes first, unquoted.
    @Test func quotesTheCameoCodeAndLeadsWithTheID() throws {
        let text = try CSVExporter().string(for: ExportFixture.events)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("3,1994,1994-03-21,1995-03-20,year,solar-hijri,\"057\",Sign formal agreement,"))
        let rendered = CSVExporter.row(for: ExportFixture.events[0]).map(CSVExporter.render).joined(separator: ",")
        #expect(lines[1] == rendered)
    }

    @Test func startsWithAByteOrderMarkOnlyWhenAsked() throws {
        let plain = try CSVExporter().string(for: ExportFixture.events)
        let marked = try CSVExporter(byteOrderMark: true).string(for: ExportFixture.events)
        #expect(marked == "\u{FEFF}" + plain)
        #expect(plain.hasPrefix("id,"))
    }

    @Test func endsEveryRecordWithCRLF() throws {
        let text = try CSVExporter().string(for: ExportFixture.events)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.hasPrefix("id,date_value,date_start,date_end,granularity,calendar,cameo,label,quad_class,goldstein,"))
        // Outside quoted cells there is no bare LF.
        let outside = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined()
        #expect(!outside.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+1", "'+1"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("plain", "plain"), ("a=b", "a=b"), ("ناتو", "ناتو"), ("", ""),
    ])
    func neutralisesFormulas(cell: String, expected: String) {
        #expect(CSVExporter.neutralised(cell) == expected)
    }

    @Test(arguments: [
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""), ("simple", "simple"), ("ناتو، آذربایجان", "ناتو، آذربایجان"),
    ])
    func quotesCellsThatNeedIt(cell: String, expected: String) {
        #expect(CSVExporter.quoted(cell) == expected)
    }

    @Test func leavesNumbersAlone() throws {
        let rows = parseCSV(try CSVExporter().string(for: ExportFixture.events))
        let goldstein = try #require(CSVExporter.header.firstIndex(of: "goldstein"))
        #expect(rows.dropFirst().map { $0[goldstein] } == ["8.0", "-2.0", "", "2.8", "2.8"])
        // Every text cell from the articles that began with a formula character is neutralised.
        let sentence = try #require(CSVExporter.header.firstIndex(of: "first_sentence"))
        #expect(rows[2][sentence] == "'-1 says @everyone, quoting \"x\"")
        #expect(rows[3][sentence] == "'\tTabbed sentence.")
    }
}

/// The byte writer of a CSV row writes what the rendered cells give, for every kind of cell.
@Suite struct CSVRowBytesTests {
    static var events: [TimelineEvent] {
        var events = ExportFixture.events
        var odd = events[0]
        odd.summary = "=SUM(A1), \"quoted\"\nnext line"
        odd.type.label = "-minus"
        odd.type.goldstein = -0.0
        odd.location = TimelineEvent.Location(code: "AZE", name: nil)
        odd.mentions += odd.mentions.map { mention in
            var other = mention
            other.document = "other, \"doc\".txt"
            other.title = nil
            other.url = "https://example.org/a?b=1,2"
            return other
        }
        events.append(odd)
        var whole = events[1]
        whole.type.goldstein = 7
        whole.type.quadClass = 4
        whole.actors = []
        whole.mentions = []
        events.append(whole)
        return events
    }

    @Test(arguments: [DisplayCalendar.gregorian, .persian, .both])
    func bytesAreTheRenderedCells(calendar: DisplayCalendar) {
        for event in Self.events {
            var bytes = JSONBytes()
            CSVExporter.write(event, calendar: calendar, to: &bytes)
            let written = bytes.withBytes { String(decoding: $0, as: UTF8.self) }
            let rendered = CSVExporter.row(for: event, calendar: calendar).map(CSVExporter.render).joined(separator: ",")
            #expect(written == rendered + "\r\n")
        }
    }
}
