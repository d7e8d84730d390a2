import Foundation
import Testing
@testable import AnnalsKit

/// The front door: opening a knowledge base, and the example its documentation shows.
@Suite struct KnowledgeBaseTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example of ``KnowledgeBase``'s documentation, as it stands there, run on a
    /// fresh database: the built-in actors are stored without being asked for, so the
    /// article's event is not refused.
    @Test func theDocumentedExampleRunsOnAFreshDatabase() throws {
        let folder = try TemporaryDirectory()
        let databasePath = folder.url.appending(path: "annals.sqlite").path
        let articlesFolder = folder.url.appending(path: "articles").path
        try FileManager.default.createDirectory(atPath: articlesFolder, withIntermediateDirectories: true)
        try Data("NATO and Azerbaijan signed a partnership agreement in Brussels on 4 May 2009.\n".utf8)
            .write(to: URL(fileURLWithPath: articlesFolder).appending(path: "a.txt"))

        // The example.
        let base = try KnowledgeBase.open(at: databasePath)
        let summary = try base.ingest(paths: [articlesFolder])
        let events = try base.store.timeline(TimelineQuery(actorCodes: ["NATO", "AZE"]))

        #expect(summary.articlesAdded == 1)
        #expect(summary.skipped.isEmpty, "\(summary.skipped)")
        #expect(events.map(\.type.cameo) == ["057"])
        #expect(events.first?.date.value == "2009-05-04")
    }

    /// Every code line of the documented example appears in the test above, which compiles it.
    @Test func theDocumentedExampleIsTheTestedOne() throws {
        let source = try String(contentsOf: Self.root.appending(path: "Sources/AnnalsKit/KnowledgeBase/KnowledgeBase.swift"),
                                encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let example = try #require(Self.firstCodeBlock(inDocComment: source))
        #expect(example.count == 3)
        for line in example {
            #expect(test.contains(line), "not compiled by the test: \(line)")
        }
    }

    @Test func theGazetteerHoldsTheUsersActors() throws {
        let folder = try TemporaryDirectory()
        let path = folder.url.appending(path: "annals.sqlite").path
        let definition = try ActorDefinition(code: "ZZA", name: "Zedland Agency", kind: "organisation",
                                             aliases: ["Zedland Agency"])
        try KnowledgeBase.open(at: path).store.addUserActor(definition.actor, aliases: definition.aliases)
        let reopened = try KnowledgeBase.open(at: path)
        #expect(reopened.gazetteer.resolve("Zedland Agency")?.code == "ZZA")
        #expect(reopened.gazetteer.resolve("Azerbaijan")?.code == "AZE")
        #expect(reopened.userEntries.defines("ZZA"))
    }

    /// The lines of the first ```swift block of a `///` comment, trimmed.
    static func firstCodeBlock(inDocComment source: String) -> [String]? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("///") }
            .map { $0.dropFirst(3).trimmingCharacters(in: .whitespaces) }
        guard let start = lines.firstIndex(of: "```swift"),
              let end = lines[(start + 1)...].firstIndex(of: "```") else { return nil }
        return Array(lines[(start + 1)..<end])
    }
}
