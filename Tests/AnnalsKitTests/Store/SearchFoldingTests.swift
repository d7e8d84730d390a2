import GRDB
import Testing
@testable import AnnalsKit

/// The search trigger's folding, read from its SQL and applied in Swift (`SearchFolding`),
/// folds every text as SQLite evaluating the SQL does.
@Suite struct SearchFoldingTests {
    /// The stored trigger's folding expression and the store it was read from.
    static func storedFolding() throws -> (expression: String, store: AnnalsStore) {
        let store = try StoreFixture.store()
        let sql = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [BulkIndexing.searchTrigger])
        }
        let stored = try #require(sql)
        let expression = try #require(BulkIndexing.foldedSentence(inSearchTrigger: stored))
        return (expression, store)
    }

    /// What SQLite makes of `text` with `expression` (reading `m.sentence`).
    static func sqliteFolds(_ text: String, with expression: String, in store: AnnalsStore) throws -> String? {
        try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT \(expression) FROM (SELECT ? AS sentence) m", arguments: [text])
        }
    }

    @Test(arguments: [
        "",
        "NATO and Azerbaijan signed an agreement on 5 May 2009.",
        "ايران و جمهوري آذربايجان توافق‌نامه‌اي امضا كردند",           // Arabic yeh and kaf
        "مذاکرات در ۱۲ اسفند ۱۳۷۹ و ٣ آذر انجام شد",                   // Persian and Arabic-Indic digits
        "وزیرِ خارجهٔ ایران گفتُ‌وگو کرد",                               // short vowels, hamza above
        "سـلام و أحمد و إيران و ؤ و ة",                                  // tatweel, hamza forms, teh marbuta
        "\u{200F}ناتو\u{200E} and \u{202B}ایران\u{202C} \u{2066}x\u{2069}",  // direction marks and isolates
        "soft\u{00AD}hyphen and zero\u{200B}width\u{FEFF} marks",
        "ً ٌ ٍ َ ُ ِ ّ ْ ٓ ٔ ٕ ٖ ٗ ٘ ٙ ٚ ٛ ٜ ٝ ٞ ٟ ٰ",
        "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ۀ ى ې ٱ",
    ])
    func foldsAsTheTriggerFolds(text: String) throws {
        let (expression, store) = try Self.storedFolding()
        let folding = try #require(SearchFolding(expression: expression))
        #expect(folding.fold(text) == (try Self.sqliteFolds(text, with: expression, in: store)))
    }

    @Test func everyCharacterTheTriggerChangesFoldsAlike() throws {
        let (expression, store) = try Self.storedFolding()
        let folding = try #require(SearchFolding(expression: expression))
        #expect(folding.steps.count >= 60)
        for scalar in Set(folding.steps.flatMap { [$0.from] + ($0.to.map { [$0] } ?? []) }) {
            let text = "a\(scalar)b \(scalar)"
            #expect(folding.fold(text) == (try Self.sqliteFolds(text, with: expression, in: store)), "U+\(scalar.value)")
        }
    }

    @Test(arguments: [
        ("replace(m.sentence, char(1610), char(1740))", [SearchFolding.Step(from: "\u{64A}", to: "\u{6CC}")]),
        ("replace(replace(m.sentence, char(65), ''), char(66), char(65))",
         [SearchFolding.Step(from: "A", to: nil), SearchFolding.Step(from: "B", to: "A")]),
        ("(SELECT replace(y, char(67), '') FROM (SELECT replace(x, char(66), char(67)) AS y FROM (SELECT m.sentence AS x)))",
         [SearchFolding.Step(from: "B", to: "C"), SearchFolding.Step(from: "C", to: nil)]),
        ("m.sentence", []),
    ])
    func readsTheSteps(expression: String, steps: [SearchFolding.Step]) {
        #expect(SearchFolding(expression: expression)?.steps == steps)
    }

    @Test func stepsApplyInOrder() {
        // B becomes A after A was dropped: B stays as A; A is dropped.
        let folding = SearchFolding(steps: [.init(from: "A", to: nil), .init(from: "B", to: "A")])
        #expect(folding.fold("ABBA") == "AA")
        let chained = SearchFolding(steps: [.init(from: "B", to: "C"), .init(from: "C", to: nil)])
        #expect(chained.fold("ABCD") == "AD")
    }

    @Test(arguments: [
        "lower(m.sentence)",
        "m.sentence || 'x'",
        "replace(m.sentence, 'ab', '')",
        "replace(m.sentence, char(65, 66), '')",
        "replace(m.sentence, char(0), '')",
        "replace(m.sentence, char(65), 'b')",
        "replace(m.text, char(65), '')",
        "replace(m.sentence, char(65), '') || ''",
        "(SELECT replace(y, char(65), '') FROM (SELECT m.sentence AS x))",
        "(SELECT replace(x, char(65), '') FROM (SELECT lower(m.sentence) AS x))",
        "(SELECT replace(x, char(65), '') FROM (SELECT m.sentence AS x) WHERE 1)",
        "replace(m.sentence, char(65), ''",
    ])
    func otherExpressionsAreLeftToSQLite(expression: String) {
        #expect(SearchFolding(expression: expression) == nil)
    }
}
