import ArgumentParser
import AnnalsKit
import Foundation

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles and store their events.",
        discussion: """
        Reads plain-text or Markdown articles (with optional YAML front matter:
        title, published, source, url, language), folders of them (recursively),
        JSON Lines files (one article per line, with a "text" field), or standard
        input ("-"). An article already in the database is not added again.

        Prints a summary on standard error; shows progress when standard error is
        a terminal. Exits with status 1 when any input was skipped (each is named,
        with its line or byte offset), after storing everything else.

        Examples:
          annals ingest article.txt --published 2009-05-06
          annals ingest news/ --db archive.sqlite
          cat article.txt | annals ingest - --language fa --published 2009-05-06
          annals ingest feed.jsonl
          annals ingest nachrichten/ --language de --rules my-rules/
        """
    )

    @Argument(help: ArgumentHelp("Files, folders or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for the articles read; relative dates resolve against it.", valueName: "date"))
    var published: String?

    @Option(help: "The language of the articles (default: from front matter, else detected from the script).")
    var language: Language?

    @Option(help: "The outlet the articles come from.")
    var source: String?

    @Option(help: ArgumentHelp(
        "How many threads extract events (default: one per core). Workers sharing a PostgreSQL database run with 1 each.",
        valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print nothing, not even the summary.")
    var quiet = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let published, PublicationDate.parse(published) == nil {
            throw ValidationError("--published '\(published)' is not a date; write it as YYYY-MM-DD, e.g. 2009-05-06.")
        }
    }

    func run() throws {
        let overrides = ArticleOverrides(
            published: published.flatMap(PublicationDate.parse), language: language, source: source)
        let resources = try rules.resources()
        try RuleOptions.check(language, in: resources)
        let base = try database.openShared(mapsFileForReading: false, resources: resources)
        let store = base.store
        var ingestor = try base.ingestor()
        ingestor.threads = jobs
        let showProgress = !quiet && StandardError.isTerminal
        let summary = try ingestor.ingest(paths: paths, overrides: overrides, into: store) { progress in
            guard showProgress else { return }
            FileHandle.standardError.write(Data("\r\(progress.filesDone)/\(progress.filesTotal) files, \(progress.articlesRead) articles".utf8))
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for problem in summary.skipped { StandardError.write("skipped: \(problem)") }
        if !quiet { StandardError.write(summary.line) }
        if !summary.skipped.isEmpty { throw ExitCode(1) }
    }
}

extension Language: ExpressibleByArgument {
    /// Any BCP 47 tag; whether the rule data reads the language is checked when
    /// the command has its rule data (``RuleOptions/check(_:in:)``).
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}
