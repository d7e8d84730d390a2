import ArgumentParser
import AnnalsKit
import Foundation

/// The `--rules` option of the commands that read articles: a folder of rule data
/// added to the built-in data, such as a language of one's own
/// (`FOLDER/de/profile.tsv`, `FOLDER/de/triggers.tsv`, …; see the rule files guide).
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder of rule data to add to the built-in data, e.g. a language of your own "
            + "(FOLDER/de/profile.tsv, FOLDER/de/triggers.tsv, …) (default: $ANNALS_RULES).",
        valueName: "folder"))
    var folder: String?

    /// The folder to add, from the option or `ANNALS_RULES`; nil for the built-in data alone.
    var resolvedFolder: String? {
        EnvironmentDefault(variable: "ANNALS_RULES").value(or: folder)
    }

    /// The built-in rule data with the folder's files added.
    func resources() throws -> ResourceLibrary {
        guard let folder = resolvedFolder else { return .embedded }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("No folder of rule data at \(folder); --rules names a folder such as rules/ holding rules/de/profile.tsv.")
        }
        do {
            return try ResourceLibrary.embedded.adding(folder: URL(fileURLWithPath: folder))
        } catch {
            throw CommandFailure("The rule data in \(folder) cannot be read: \(error)")
        }
    }

    /// `language`, when the rule data reads it; otherwise an error listing the languages it reads.
    static func check(_ language: Language?, in resources: ResourceLibrary) throws {
        guard let language, !resources.languages.contains(language) else { return }
        throw ValidationError("""
            Annals has no rule data for the language '\(language)'; it reads \
            \(resources.languages.map(\.rawValue).joined(separator: ", ")). \
            Add a folder of rule data with --rules.
            """)
    }
}
