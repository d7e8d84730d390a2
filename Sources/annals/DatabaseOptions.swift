import ArgumentParser
import Foundation

/// The `--db` option every command that reads or writes the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The database file (default: $ANNALS_DB, else ./annals.sqlite).", valueName: "path"))
    var path: String?

    /// The database path to use.
    var resolvedPath: String {
        if let path { return path }
        if let fromEnvironment = ProcessInfo.processInfo.environment["ANNALS_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "annals.sqlite"
    }

    /// The database path for a command that only reads: an error naming the
    /// path when no file is there, so that a mistyped `--db` never creates an
    /// empty database that then answers "No events.".
    func existingPath() throws -> String {
        let path = resolvedPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("""
                No database at \(path). Check the path, or create one: \
                `annals ingest ARTICLES… --db \(path)` or `annals demo --db \(path)`.
                """)
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure("\(path) is a folder, not a database file; name the file with --db.")
        }
        return path
    }
}
