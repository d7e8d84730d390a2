import ArgumentParser
import Foundation
import AnnalsKit

struct ActorsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the known actors.",
        discussion: """
        Prints one actor a line, sorted by code, with tab-separated columns:
        code, kind, English name, Persian name (- when none), and "built-in" or
        "user". --format tsv adds a header row and the CAMEO and Wikidata codes
        (empty cells when none), for spreadsheets and csvkit; --format json
        prints an array of objects.

        Examples:
          annals actors list
          annals actors list --kind organisation
          annals actors list --user --db archive.sqlite
          annals actors list --format json
        """
    )

    @Option(help: "Only actors of this kind.")
    var kind: ActorKind?

    @Flag(help: "Only the actors you added.")
    var user = false

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, tsv, json
    }

    @Option(help: "Output format: table (for people), tsv (with a header row) or json.")
    var format: Format = .table

    @OptionGroup var database: DatabaseOptions

    /// One actor as `--format json` prints it.
    struct Listed: Encodable {
        let code: String
        let kind: String
        let name: String
        let persianName: String?
        let cameo: String
        let wikidata: String?
        let origin: String

        enum CodingKeys: String, CodingKey {
            case code, kind, name, persianName, cameo, wikidata, origin
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(kind, forKey: .kind)
            try container.encode(name, forKey: .name)
            try container.encode(persianName, forKey: .persianName)
            try container.encode(cameo, forKey: .cameo)
            try container.encode(wikidata, forKey: .wikidata)
            try container.encode(origin, forKey: .origin)
        }
    }

    /// A TSV cell: tabs and line breaks in a name would break the row.
    static func cell(_ text: String?) -> String {
        (text ?? "").map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined()
    }

    func run() throws {
        let base = try database.openExisting()
        let (entries, gazetteer) = (try base.store.userEntries(), base.gazetteer)
        let output = BufferedFileOutput.standardOutput
        var listed: [Listed] = []
        for actor in gazetteer.actors {
            let isUsers = entries.defines(actor.code)
            if user && !isUsers { continue }
            if let kind, actor.kind != kind { continue }
            listed.append(Listed(code: actor.code, kind: actor.kind.rawValue, name: actor.name, persianName: actor.persianName,
                                 cameo: actor.cameoCode, wikidata: actor.wikidataID, origin: isUsers ? "user" : "built-in"))
        }
        switch format {
        case .table:
            for actor in listed {
                output.write([actor.code, actor.kind, actor.name, actor.persianName ?? "-", actor.origin]
                    .joined(separator: "\t") + "\n")
            }
        case .tsv:
            output.write("code\tkind\tname\tpersian_name\tcameo\twikidata\torigin\n")
            for actor in listed {
                output.write([actor.code, actor.kind, actor.name, actor.persianName, actor.cameo, actor.wikidata, actor.origin]
                    .map(Self.cell).joined(separator: "\t") + "\n")
            }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            output.write(String(decoding: try encoder.encode(listed), as: UTF8.self) + "\n")
        }
        try output.flush()
    }
}
