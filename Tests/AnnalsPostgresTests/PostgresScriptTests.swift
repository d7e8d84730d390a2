#if PostgreSQL
import AnnalsMigrations
@testable import AnnalsPostgres
import Testing

@Suite struct PostgresScriptTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let sql: String
        let statements: [String]
        var testDescription: String { statements.first ?? "(none)" }
    }

    @Test(arguments: [
        Example(sql: "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n",
                statements: ["CREATE TABLE a (x INT);", "CREATE TABLE b (y INT);"]),
        Example(sql: "-- a comment;\nCREATE TABLE a (\n    x INT -- the x;\n);\n",
                statements: ["CREATE TABLE a (\n    x INT -- the x;\n);"]),
        // A function body keeps its own semicolons.
        Example(sql: "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RETURN NULL;\nEND $$;\nSELECT 1;\n",
                statements: ["CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RETURN NULL;\nEND $$;",
                             "SELECT 1;"]),
        Example(sql: "SELECT 1", statements: ["SELECT 1"]),
        Example(sql: "-- only a comment\n", statements: []),
    ])
    func statements(_ example: Example) {
        #expect(PostgresScript.statements(of: example.sql) == example.statements)
    }

    @Test func everySQLiteMigrationHasAPostgresVariant() {
        #expect(MigrationScript.postgres.map(\.identifier) == MigrationScript.all.map(\.identifier),
                "each Migrations/sql/NNNN_name.sql needs Migrations/sql/postgres/NNNN_name.sql")
    }
}
#endif
