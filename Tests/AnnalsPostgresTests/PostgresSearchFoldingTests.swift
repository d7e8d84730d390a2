#if PostgreSQL
@testable import AnnalsKit
@testable import AnnalsPostgres
import Foundation
import Testing

/// An ingest worker folds each mention's search text itself (migration 0013): the same
/// text as the server's `annals_fold` (0008), scalar for scalar, or the server folds it.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason), .serialized)
struct PostgresSearchFoldingTests {
    /// A database with the schema, made once for the folding rows.
    static let folding: Result<String, any Error> = Result {
        let address = try TestServer.freshDatabase()
        _ = try PostgresStore(address: PostgresAddress(address))
        return address
    }

    static let texts: [String] = [
        PostgresSearchFolding.probe,
        "The Ministers MET in Zürich, São Paulo and Reykjavík on 3 MARCH",
        "ÇA ÉTAIT Ærø Øresund ŁÓDŹ Ἀθῆναι ΟΔΥΣΣΕΥΣ МОСКВА Ĳssel",
        "وزير الخارجية الإيرانية في مؤتمر صحفي قال إنّ اللقاء كان مفيداً",
        "نشست وزیران در تهران با حضور نمایندگان کشورها برگزار شد",
        "گفت‌وگوهای ۱۴۰۲ و ٢٠٢٣ در آستانهٔ سفر رئیس‌جمهور مؤثر بود",
        "ـکـتـاب‌هـا\u{200F}\u{202B}مسئول\u{202C}\u{2067}الأُمَم\u{2069}",
        "x\u{00AD}y\u{FEFF}z\u{200B}w\u{200D}v ﬁne ﻼ ①",
    ]

    @Test(arguments: texts)
    func foldsAsTheServerFunctionDoes(_ text: String) throws {
        let address = try Self.folding.get()
        let server = try TestServer.psql(address, "SELECT annals_fold($fold$\(text)$fold$)")
        #expect(Array(PostgresSearchFolding.fold(text).unicodeScalars) == Array(server.unicodeScalars))
    }

    /// In a database whose locale lowercases as Swift does, the worker folds; in one that
    /// lowercases ASCII letters alone (`C`), the server does. Either way every stored
    /// vector is the one the server's folding gives, and searches find the same events.
    @Test(arguments: [("C.UTF-8", true), ("C", false)])
    func workersFoldOnlyWhereTheServerFoldsAlike(_ locale: String, _ workerFolds: Bool) throws {
        let address = try TestServer.freshDatabase(options: "TEMPLATE template0 LOCALE '\(locale)'")
        let postgres = try PostgresStoreTests.open(address)
        #expect(try postgres.foldsSearchLikeServer() == workerFolds)
        _ = try PostgresStoreTests.ingest(0..<40, into: postgres)
        let mentions = try TestServer.psql(address, "SELECT count(*) FROM mentions")
        #expect(Int(mentions) ?? 0 > 0)
        let differing = try TestServer.psql(address, """
            SELECT count(*) FROM mentions m JOIN events e ON e.id = m.event_id
            WHERE m.search IS DISTINCT FROM to_tsvector('simple', annals_fold(e.summary || ' ' || m.sentence))
            """)
        #expect(differing == "0")
        #expect(!(try postgres.search("brussels", limit: 5)).isEmpty)
        #expect(!(try postgres.search("باكو", limit: 5)).isEmpty)
    }
}
#endif
