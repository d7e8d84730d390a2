import ArgumentParser
import AnnalsKit
import Foundation

struct ActorsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add many actors of your own from a CSV or YAML file.",
        discussion: """
        A CSV file starts with a header naming its columns (code, name and kind
        are required):
          code,name,persian_name,kind,cameo,wikidata,aliases
          KRG,Kurdistan Regional Government,اقلیم کردستان,organisation,,,Kurdistan Region|دولت اقلیم
        Quote cells holding commas. Aliases are separated by |; each one's
        language is told by its script.

        A YAML file is a list of mappings with the same keys; aliases may be a list:
          - code: KRG
            name: Kurdistan Regional Government
            kind: organisation
            aliases: [Kurdistan Region, دولت اقلیم]

        A bad row (a missing or malformed field, a code or name already taken)
        is reported on standard error as FILE:LINE: reason and left out; the
        good rows are added, all in one transaction. Exits with status 1 when
        any row was left out. Run `annals recode` afterwards to find the new
        actors in the articles already stored.

        Examples:
          annals actors import my-actors.csv
          annals actors import my-actors.yaml --db archive.sqlite
          annals actors import actors.txt --format csv
        """
    )

    @Argument(help: ArgumentHelp("The CSV (.csv) or YAML (.yaml, .yml) file.", valueName: "file"))
    var file: String

    @Option(help: "The file's format (default: from its extension).")
    var format: ImportFormat?

    @OptionGroup var database: DatabaseOptions

    enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, yaml

        var format: ActorImport.Format {
            switch self {
            case .csv: .csv
            case .yaml: .yaml
            }
        }
    }

    func validate() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("Cannot read '\(file)'; give the path of a CSV or YAML file.")
        }
        guard format != nil || ActorImport.Format(path: file) != nil else {
            throw ValidationError("Cannot tell the format of '\(file)' from its name; add --format csv or --format yaml.")
        }
    }

    func run() throws {
        guard let format = format?.format ?? ActorImport.Format(path: file) else { throw ExitCode(2) }
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("'\(file)' is not UTF-8 text.")
        }
        var imported = ActorImport(text: text, format: format, file: file)
        let base = try database.openShared()
        if !imported.entries.isEmpty {
            imported.excludeConflicts(with: base.gazetteer)
        }
        if !imported.entries.isEmpty {
            do {
                try base.addUserActors(imported.entries.map(\.definition))
            } catch let error as StoreError {
                throw CommandFailure(error.advice)
            }
        }
        for problem in imported.problems {
            StandardError.write(problem.conflict.map { "\(problem.file):\(problem.line): \($0.advice)" } ?? problem.description)
        }
        let count = imported.entries.count
        var summary = "imported \(count) \(count == 1 ? "actor" : "actors") from \(file)"
        if !imported.problems.isEmpty {
            summary += "; \(imported.problems.count) \(imported.problems.count == 1 ? "row" : "rows") left out"
        }
        StandardError.write(summary)
        if !imported.problems.isEmpty { throw ExitCode(1) }
    }
}
