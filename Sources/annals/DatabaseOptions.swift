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
}
