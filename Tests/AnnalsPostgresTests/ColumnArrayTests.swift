#if PostgreSQL
@testable import AnnalsPostgres
import PostgresNIO
import Testing

/// A column of rows bound as one array (``ColumnArray``): PostgreSQL's binary array,
/// nil as its `NULL` element, read back by `unnest` row for row.
struct ColumnArrayTests {
    static let intRows: [[Int?]] = [[], [7], [1, nil, 3], [nil], [nil, nil], [-4_000_000_000, 0, 9]]

    @Test(arguments: intRows)
    func encodesEachElementAfterItsLength(_ rows: [Int?]) {
        var column = ColumnArray<Int>()
        for row in rows { column.append(row) }
        var buffer = ByteBuffer()
        column.encode(into: &buffer, context: .default)
        var expected = ByteBuffer()
        expected.writeInteger(rows.isEmpty ? 0 : 1, as: Int32.self)
        expected.writeInteger(rows.contains(nil) ? 1 : 0, as: Int32.self)
        expected.writeInteger(PostgresDataType.int8.rawValue)
        if !rows.isEmpty {
            expected.writeInteger(Int32(rows.count))
            expected.writeInteger(1, as: Int32.self)
            for row in rows {
                if let row {
                    expected.writeInteger(8, as: Int32.self)
                    expected.writeInteger(Int64(row))
                } else {
                    expected.writeInteger(-1, as: Int32.self)
                }
            }
        }
        #expect(buffer == expected)
    }

    static let textRows: [[String?]] = [
        [], ["one"], ["a", nil, ""], [nil], ["وزیر امور خارجه", nil, "Zürich"], ["it's", "$1", "--"],
    ]

    @Test(.enabled(if: TestServer.available, TestServer.skipReason), arguments: textRows)
    func unnestReadsBackTheRows(_ rows: [String?]) throws {
        let store = try PostgresStore(address: PostgresAddress(try TestServer.freshDatabase()))
        var texts = ColumnArray<String>()
        var numbers = ColumnArray<Int64>()
        for (index, row) in rows.enumerated() {
            texts.append(row)
            numbers.append(row == nil ? nil : Int64(index))
        }
        let bound = (texts, numbers)
        let back = try store.reading { client in
            var back: [(String?, Int64?)] = []
            for try await row in try await client.query(
                "SELECT t, n FROM unnest(\(bound.0)::text[], \(bound.1)::int8[]) WITH ORDINALITY AS u(t, n, o) ORDER BY o"
            ).decode((String?, Int64?).self) {
                back.append(row)
            }
            return back
        }
        #expect(back.map(\.0) == rows)
        #expect(back.map(\.1) == rows.enumerated().map { $0.element == nil ? nil : Int64($0.offset) })
    }
}
#endif
