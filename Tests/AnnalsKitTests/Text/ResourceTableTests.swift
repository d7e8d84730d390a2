import Testing
@testable import AnnalsKit

@Suite struct ResourceTableTests {
    /// Rows of small tables: the cells by column, line numbers from 1, comments and blank lines skipped.
    @Test(arguments: [
        ("a\tb\n1\t2\n", [[ "a": "1", "b": "2"]], [2]),
        ("# about\na\tb\n\n# more\n  x  \t  y \n", [["a": "x", "b": "y"]], [5]),
        ("a\tb\r\n1\t2\r\n", [["a": "1", "b": "2"]], [2]),
        ("a\tb\n1\n \t \n3\t\n", [["a": "1"], ["a": "3", "b": ""]], [2, 4]),
        ("نام\tماه\nفروردین\t1\nاردیبهشت‌ها\t2\n", [["نام": "فروردین", "ماه": "1"], ["نام": "اردیبهشت‌ها", "ماه": "2"]], [2, 3]),
    ])
    func readsRows(text: String, cells: [[String: String]], lines: [Int]) throws {
        let table = try ResourceTable(path: "t.tsv", text: text)
        #expect(table.rows.map(\.cells) == cells)
        #expect(table.rows.map(\.line) == lines)
    }

    @Test(arguments: [
        ("a\tb\n1\t2\t3\n", "t.tsv:2: 3 cells but the header names 2 columns"),
        ("# only a comment\n\n", "t.tsv:3: no header line"),
    ])
    func rejectsBadTables(text: String, message: String) {
        #expect { _ = try ResourceTable(path: "t.tsv", text: text) } throws: { "\($0)" == message }
    }

    /// Every built-in data file reads as it did when it was split by `Character`: the same
    /// columns, and the same rows on the same lines.
    @Test func everyBuiltInFileReadsAsByCharacter() throws {
        let library = ResourceLibrary.embedded
        for path in library.files.keys.sorted() where path.hasSuffix(".tsv") {
            let table = try library.table(path)
            let expected = Self.rowsByCharacter(library.files[path] ?? "")
            #expect(table.columns == expected.first?.cells, "\(path)")
            #expect(table.rows.map(\.line) == expected.dropFirst().map(\.line), "\(path)")
            #expect(table.rows.map { $0.cells } == expected.dropFirst().map { row in
                Dictionary(zip(table.columns, row.cells), uniquingKeysWith: { _, last in last })
            }, "\(path)")
        }
    }

    /// Lines and cells of a table found by `Character`, the header first.
    private static func rowsByCharacter(_ text: String) -> [(line: Int, cells: [String])] {
        var found: [(line: Int, cells: [String])] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                String(cell.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            }
            found.append((offset + 1, cells))
        }
        return found
    }
}
