import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// Languages are BCP 47 tags, and the schema stores any of them.
@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("en", "en"), ("FA", "fa"), ("de-at", "de-AT"), ("zh-hant-tw", "zh-Hant-TW"), ("es-419", "es-419"),
        ("sr-Latn", "sr-Latn"),
    ])
    func tagsAreReadInTheirUsualCase(_ text: String, _ tag: String) {
        #expect(Language(rawValue: text)?.rawValue == tag)
    }

    @Test(arguments: ["", "e", "en_GB", "en-", "-en", "en--GB", "toolonglanguage", "en-GB-abcdefghi", "fa ", "fă"])
    func malformedTagsAreRefused(_ text: String) {
        #expect(Language(rawValue: text) == nil)
    }

    @Test func theBuiltInLanguagesKeepTheirTags() throws {
        #expect(Language.english.rawValue == "en" && Language.persian.rawValue == "fa")
        #expect(Language(rawValue: "fa") == .persian)
        let encoded = try JSONEncoder().encode([Language.persian])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["fa"]"#)
        #expect(try JSONDecoder().decode([Language].self, from: Data(#"["de-AT"]"#.utf8)) == [Language(rawValue: "de-AT")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Language].self, from: Data(#"["x y"]"#.utf8)) }
    }

    /// A database of schema 0004 keeps its documents, aliases and mentions through the
    /// migration that widens the language check, and then takes a third language.
    @Test func aDatabaseOfTheFourthSchemaTakesAnyTagAndKeepsItsRows() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("annals.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try AnnalsStore.migrator.migrate(queue, upTo: "0005_search_tables")
            try queue.write { (db: Database) throws -> Void in
                try db.execute(sql: """
                    INSERT INTO actors(code, kind, name, cameo_code) VALUES ('AZE', 'country', 'Azerbaijan', 'AZE');
                    INSERT INTO actor_aliases(actor_code, alias, normalized_alias, language, form, user_defined)
                        VALUES ('AZE', 'Azerbaycan', 'azerbaycan', 'en', 'name', 1);
                    INSERT INTO documents(id, content_hash, language, origin, text)
                        VALUES (7, printf('%064d', 7), 'fa', 'a.txt', 'متن');
                    INSERT INTO events(id, cameo, polarity, modality, summary, merge_key)
                        VALUES (3, '057', 'positive', 'asserted', 'signed', 'k');
                    INSERT INTO event_participants(event_id, actor_code, role) VALUES (3, 'AZE', 'source');
                    INSERT INTO mentions(event_id, document_id, sentence, sentence_start, sentence_end,
                                         trigger_text, trigger_start, trigger_end)
                        VALUES (3, 7, 'signed', 0, 6, 'signed', 0, 6);
                    """)
                #expect(throws: DatabaseError.self) {
                    try db.execute(sql: "INSERT INTO documents(content_hash, language, origin, text) VALUES (printf('%064d', 8), 'de', 'b', 't')")
                }
            }
        }
        let store = try AnnalsStore(path: path)
        try store.writer.read { (db: Database) throws -> Void in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE document_id = 7") == 1)
            #expect(try String.fetchOne(db, sql: "SELECT language FROM documents WHERE id = 7") == "fa")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM actor_aliases WHERE user_defined = 1") == 1)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            #expect(try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'actor_aliases' AND sql IS NOT NULL
                ORDER BY name
                """) == ["actor_aliases_normalized", "actor_aliases_unique", "actor_aliases_user"])
        }
        #expect(try store.search("signed", limit: 5).count == 1)
        let german = try #require(Language(rawValue: "de-AT"))
        try store.writer.write { (db: Database) throws -> Void in
            try db.execute(sql: "INSERT INTO documents(content_hash, language, origin, text) VALUES (printf('%064d', 9), ?, 'c', 't')",
                           arguments: [german.rawValue])
            try db.execute(sql: "INSERT INTO actor_aliases(actor_code, alias, normalized_alias, language, form) VALUES ('AZE', 'Aserbaidschan', 'aserbaidschan', 'de', 'name')")
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO documents(content_hash, language, origin, text) VALUES (printf('%064d', 10), 'e n', 'd', 't')")
            }
        }
        #expect(try store.integrityProblems().isEmpty)
    }
}
