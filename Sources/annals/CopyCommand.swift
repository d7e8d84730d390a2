import ArgumentParser
import AnnalsKit
import Foundation

struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a knowledge base between an SQLite file and a PostgreSQL database.",
        discussion: """
        Copies the user's actors, then every document with its events and
        mentions as stored (nothing is extracted again), into the target, which
        is created or brought up to date first. A document the target holds
        already is left as it is, so an interrupted copy completes when run
        again. Then compares both: the counts of documents, events and mentions
        and a checksum of their whole timelines; exits with status 1 when they differ.

        The password of a PostgreSQL address comes from PGPASSWORD or ~/.pgpass.

        Examples:
          annals copy --from annals.sqlite --to postgres://annals@localhost:5432/annals
          annals copy --from postgres://annals@localhost:5432/annals --to backup.sqlite
        """
    )

    @Option(help: ArgumentHelp("The knowledge base to copy: a file or a postgres:// address.", valueName: "location"))
    var from: String

    @Option(help: ArgumentHelp("Where to copy it: a file or a postgres:// address.", valueName: "location"))
    var to: String

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if from == to { throw ValidationError("--from and --to are the same knowledge base.") }
        if !DatabaseOptions.isPostgres(from), !FileManager.default.fileExists(atPath: from) {
            throw ValidationError("No database file at '\(from)'.")
        }
    }

    func run() throws {
        let source = try DatabaseOptions.openShared(from).store
        let target = try DatabaseOptions.openShared(to, mapsFileForReading: false).store
        let copy = KnowledgeBaseCopy(from: source, to: target)
        let summary = try copy.run()
        let check = try copy.verify()
        if !quiet {
            StandardError.write("""
                copied \(summary.documentsCopied) documents (\(summary.documentsAlreadyThere) already there); \
                \(target.location): \(check.targetCounts.documents) documents, \(check.targetCounts.events) events, \
                \(check.targetCounts.mentions) mentions; timeline checksum \(check.targetFingerprint)
                """)
        }
        guard check.matches else {
            StandardError.write("""
                the copy differs from \(source.location): \(check.sourceCounts.documents) documents, \
                \(check.sourceCounts.events) events, \(check.sourceCounts.mentions) mentions; \
                timeline checksum \(check.sourceFingerprint)
                """)
            throw ExitCode(1)
        }
    }
}
