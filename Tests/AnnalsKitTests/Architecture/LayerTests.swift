import Foundation
import Testing

/// The layers of AnnalsKit, bottom up. Data flows upwards at run time
/// (text → dates and actors → articles → events → store → ingest and export),
/// and the code only looks down: a folder may use the types of lower layers,
/// never those of a sibling or a higher one.
let annalsKitLayers: [String: Int] = [
    "Support": 0,               // small shared helpers (parallel map)
    "Text": 1,                  // normalisation, tokens, sentences, resource tables, languages
    "Time": 2, "Actors": 2,     // dates and calendars; actors and the gazetteer
    "Input": 3,                 // articles, front matter, encodings
    "Events": 4,                // triggers, reading a document, merging
    "Store": 5,                 // the SQLite knowledge base
    "Pipeline": 6, "Export": 6, // ingest and recode; timelines out
    "KnowledgeBase": 7,         // the front door that opens all of the above
]

@Suite struct LayerTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/AnnalsKit")

    @Test func annalsKitOnlyLooksDown() throws {
        let files = try LayerCheck.SourceFile.all(under: Self.sources)
        #expect(files.count > 50, "found only \(files.count) sources under \(Self.sources.path)")
        let check = LayerCheck(layers: annalsKitLayers)
        #expect(check.unplacedFolders(in: files).isEmpty, "folders without a layer in annalsKitLayers")
        let violations = check.violations(in: files)
        #expect(violations.isEmpty, "upward or sideways references:\n\(violations.map(\.description).joined(separator: "\n"))")
    }

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var files: [(folder: String, text: String)]
        var expected: [String]
    }

    static let layers = ["Low": 0, "Left": 1, "Right": 1, "High": 2]

    static let cases: [Case] = [
        Case(description: "downward use is fine",
             files: [("Low", "public struct Token {}"), ("High", "struct Event { let token: Token }")],
             expected: []),
        Case(description: "upward use is found",
             files: [("Low", "struct Token { var event: Event? }"), ("High", "public final class Event {}")],
             expected: ["Low/0.swift uses Event from High"]),
        Case(description: "sideways use is found",
             files: [("Left", "enum Calendar {}"), ("Right", "let c: Calendar? = nil\nextension Gazetteer {}"),
                     ("Right", "public struct Gazetteer {}")],
             expected: ["Right/1.swift uses Calendar from Left"]),
        Case(description: "a typealias counts as a declaration",
             files: [("High", "public typealias Labeler = (String) -> String?"), ("Low", "func f(_ l: Labeler) {}")],
             expected: ["Low/1.swift uses Labeler from High"]),
        Case(description: "comments and strings are not code",
             files: [("High", "struct Event {}"),
                     ("Low", "// Event\n/* Event */\nlet s = \"an Event\"\nlet t = \"\"\"\nEvent\n\"\"\"")],
             expected: []),
        Case(description: "a nested type of the same name shadows",
             files: [("High", "enum Kind {}"), ("Low", "struct Token {\n    enum Kind { case word }\n    var kind: Kind\n}")],
             expected: []),
        Case(description: "a qualified member is not the top-level type",
             files: [("High", "struct Row {}"), ("Low", "let r: ResourceTable.Row? = nil")],
             expected: []),
    ]

    @Test(arguments: cases) func checkerFindsWhatItShould(_ example: Case) {
        let files = example.files.enumerated().map { index, file in
            LayerCheck.SourceFile(folder: file.folder, name: "\(index).swift", text: file.text)
        }
        #expect(LayerCheck(layers: Self.layers).violations(in: files).map(\.description) == example.expected)
    }

    @Test func foldersWithoutALayerAreReported() {
        let files = [LayerCheck.SourceFile(folder: "Elsewhere", name: "a.swift", text: "")]
        #expect(LayerCheck(layers: Self.layers).unplacedFolders(in: files) == ["Elsewhere"])
    }
}
