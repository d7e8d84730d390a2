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

#if PostgreSQL
/// The worker's folding takes plain scalars one by one (``PostgresSearchFolding/isPlain(_:)``)
/// and only the runs between them through decomposition: the same text as the whole
/// procedure over the whole text.
struct PostgresSearchFoldingPlainTests {
    static let plainRanges: [ClosedRange<UInt32>] = [
        0x00...0x7F, 0x0600...0x06FF, 0x2000...0x206F, 0xFEFF...0xFEFF,
    ]

    /// Every scalar taken as plain is one that decomposition leaves alone, that no mark
    /// moves across, and that lowercases to itself (or, for an ASCII capital, to its small letter).
    @Test(arguments: plainRanges)
    func plainScalarsAreLeftAloneByDecomposition(_ range: ClosedRange<UInt32>) {
        for value in range {
            guard let scalar = Unicode.Scalar(value), PostgresSearchFolding.isPlain(scalar) else { continue }
            let alone = String(String.UnicodeScalarView([scalar]))
            #expect(Array(alone.decomposedStringWithCanonicalMapping.unicodeScalars) == [scalar],
                    "U+\(String(value, radix: 16)) decomposes")
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16)) is a mark")
            let lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            #expect(lower == [scalar] || (0x41...0x5A).contains(value) && lower.map(\.value) == [value + 0x20],
                    "U+\(String(value, radix: 16)) lowercases otherwise")
        }
    }

    static let texts: [String] = [
        "",
        "Plain ASCII, Numbers 1984 and CAPITALS.",
        "Café RÉSUMÉ naïve e\u{0301}\u{0327}x A\u{0327}\u{0301}",
        "\u{0622}\u{0623}\u{0624}\u{0625}\u{0626}\u{06C0}\u{06C2}\u{06D3} \u{0627}\u{0654}\u{0653}",
        "\u{0628}\u{0651}\u{064E}\u{06D6}\u{06ED}\u{0670}x\u{0301}\u{0651}",
        "گفت\u{200C}وگو در ۱۴۰۲ و ٢٠٢٣ \u{200F}رئیس\u{200C}جمهور\u{202C} ـکـ",
        "İSTANBUL Straße ΣΑΣ ǅ ﬁ 한국어 \u{FEFF}x\u{00AD}y",
    ]

    @Test(arguments: texts)
    func foldsAsTheWholeProcedureDoes(_ text: String) {
        #expect(Array(PostgresSearchFolding.fold(text).unicodeScalars)
                == Array(PostgresSearchFolding.foldedRun(text).unicodeScalars))
    }
}
#endif
