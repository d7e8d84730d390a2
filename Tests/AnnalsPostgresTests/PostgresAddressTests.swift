#if PostgreSQL
import AnnalsPostgres
import Foundation
import Testing

@Suite struct PostgresAddressTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let text: String
        let environment: [String: String]
        let expected: String
        let password: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Example(text: "postgres://annals@db.example:5433/news", environment: [:],
                expected: "postgres://annals@db.example:5433/news", password: nil),
        Example(text: "postgresql://annals@localhost/news", environment: ["PGPASSWORD": "s3cret"],
                expected: "postgres://annals@localhost:5432/news", password: "s3cret"),
        // No database: the user's name, as libpq does.
        Example(text: "postgres://reader@127.0.0.1:5432", environment: [:],
                expected: "postgres://reader@127.0.0.1:5432/reader", password: nil),
        Example(text: "postgres://annals:inline@host/db", environment: ["PGPASSWORD": "other"],
                expected: "postgres://annals@host:5432/db", password: "inline"),
    ])
    func parses(_ example: Example) throws {
        let address = try PostgresAddress(example.text, environment: example.environment)
        #expect(address.description == example.expected)
        #expect(address.password == example.password)
    }

    @Test(arguments: ["annals.sqlite", "/tmp/x.sqlite", "mysql://a@b/c"])
    func refusesOtherText(_ text: String) {
        #expect(!PostgresAddress.isAddress(text))
        #expect(throws: PostgresStoreError.self) { try PostgresAddress(text, environment: [:]) }
    }

    struct PassFileExample: Sendable, CustomTestStringConvertible {
        let lines: String
        let password: String?
        var testDescription: String { lines }
    }

    @Test(arguments: [
        PassFileExample(lines: "db.example:5433:news:annals:right\n", password: "right"),
        PassFileExample(lines: "other:5433:news:annals:wrong\n*:*:news:annals:wild\n", password: "wild"),
        PassFileExample(lines: "# a comment\ndb.example:5433:news:someone:wrong\n", password: nil),
        PassFileExample(lines: "db.example:5433:news:annals:with\\:colon\n", password: "with:colon"),
    ])
    func readsThePasswordFile(_ example: PassFileExample) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try Data(example.lines.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let address = try PostgresAddress("postgres://annals@db.example:5433/news",
                                          environment: ["PGPASSFILE": file.path])
        #expect(address.password == example.password)
    }
}
#endif
