import ArgumentParser
import AnnalsKit
import Foundation

/// `annals tag`: prints the temporal expressions of one article as TimeML or JSON.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag the dates, durations and sets of an article (TIMEX3).",
        discussion: """
        Reads an article from FILE (or standard input with -) as `annals ingest` does \
        (front matter, UTF-8, UTF-16 or Windows-1256) and marks every temporal expression \
        of its text with its TIMEX3 value; offsets count the text after the front matter. \
        Relative expressions ("yesterday", "روز سه شنبه", "last week") are resolved against \
        the publication date (--published, else the front matter's); without one they \
        stay unresolved (XXXX-WXX-2, PAST_REF, ...).

        Examples:
          annals tag article.txt --published 2009-05-06
          echo "روز سه شنبه ۱۵ اردیبهشت ۱۳۸۸" | annals tag - --language fa
          annals tag article.txt --format json
        """
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case timeml, json
    }

    @Argument(help: "The article to read, or - for standard input.")
    var file: String

    @Option(name: .long, help: "The publication date (YYYY-MM-DD) relative expressions are resolved against; overrides the front matter's.")
    var published: String?

    @Option(name: .long, help: "The article's language (fa, en, or one --rules adds); detected from the script when left out.")
    var language: String?

    @Option(name: .long, help: "The output format.")
    var format: Format = .timeml

    @OptionGroup var rules: RuleOptions

    func validate() throws {
        if let published, DayDate(iso: published) == nil {
            throw ValidationError("--published must be a date written YYYY-MM-DD, e.g. 2009-05-06.")
        }
        if let language, Language(argument: language) == nil {
            throw ValidationError("--language '\(language)' is not a language tag such as en, fa or de.")
        }
    }

    func run() throws {
        let resources = try rules.resources()
        try RuleOptions.check(language.flatMap { Language(argument: $0) }, in: resources)
        let article = try readArticle(profiles: LanguageProfile.all(in: resources).values.sorted { $0.language < $1.language })
        let tagger = try TemporalTagger(resources: resources)
        let expressions = tagger.tag(article.text, language: article.language, reference: article.published)
        switch format {
        case .timeml: print(Self.timeML(text: article.text, expressions: expressions, reference: article.published))
        case .json: print(try Self.json(expressions))
        }
    }

    /// The article in `file`, read as `ingest` reads it (front matter, encodings),
    /// the options taking precedence over its front matter.
    private func readArticle(profiles: [LanguageProfile]) throws -> Article {
        let overrides = ArticleOverrides(published: published.flatMap { DayDate(iso: $0) },
                                         language: language.flatMap { Language(argument: $0) })
        let articles = ArticleReader(overrides: overrides, profiles: profiles).articles(in: file)
        guard articles.count == 1, let only = articles.first else {
            throw CommandFailure("\(file) holds \(articles.count) articles; `annals tag` reads one.")
        }
        return try only.get()
    }

    /// The text as a TimeML document with a TIMEX3 element around each expression.
    static func timeML(text: String, expressions: [TemporalExpression], reference: DayDate?) -> String {
        let scalars = text.scalarArray
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n"
        var counter = 0
        func nextID() -> String {
            counter += 1
            return "t\(counter)"
        }
        var anchorID: String?
        if let reference {
            let id = nextID()
            anchorID = id
            output += "<DCT><TIMEX3 tid=\"\(id)\" type=\"DATE\" value=\"\(reference.iso)\" functionInDocument=\"CREATION_TIME\">\(reference.iso)</TIMEX3></DCT>\n"
        }
        output += "<TEXT>"
        var position = 0
        // TimeML annotates a range as its two points, each a DATE of its own.
        for expression in expressions.flatMap(\.timeMLExpressions) {
            output += escape(String(scalars: scalars[position..<expression.range.lowerBound]))
            let id = nextID()
            var tag = "<TIMEX3 tid=\"\(id)\" type=\"\(expression.value.type.rawValue)\" value=\"\(escape(expression.value.timex))\""
            var attributes: [(String, String)] = []
            if let mod = expression.value.mod { attributes.append(("mod", mod)) }
            if expression.anchoredToReference, let anchorID { attributes.append(("anchorTimeID", anchorID)) }
            for (name, value) in attributes { tag += " \(name)=\"\(escape(value))\"" }
            tag += ">"
            output += tag + escape(expression.text) + "</TIMEX3>"
            position = expression.range.upperBound
        }
        output += escape(String(scalars: scalars[position...]))
        output += "</TEXT>\n</TimeML>"
        return output
    }

    /// One JSON object per expression.
    struct Record: Encodable {
        let text: String
        let start: Int
        let end: Int
        let type: String
        let value: String
        let granularity: String
        let calendar: String
        let intervalStart: String?
        let intervalEnd: String?
        let mod: String?
        let anchoredToReference: Bool
    }

    /// One JSON object per expression, a range as its two points (as in the TimeML).
    static func json(_ expressions: [TemporalExpression]) throws -> String {
        let records = expressions.flatMap(\.timeMLExpressions).map {
            Record(text: $0.text, start: $0.range.lowerBound, end: $0.range.upperBound, type: $0.value.type.rawValue,
                   value: $0.value.timex, granularity: $0.value.granularity.rawValue, calendar: $0.value.calendar.rawValue,
                   intervalStart: $0.value.start?.iso, intervalEnd: $0.value.end?.iso, mod: $0.value.mod,
                   anchoredToReference: $0.anchoredToReference)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(records), as: UTF8.self)
    }

    /// `text` as XML character data: markup characters escaped, and characters
    /// XML 1.0 does not allow (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE, U+FFFF) left out, so the TimeML always parses.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
