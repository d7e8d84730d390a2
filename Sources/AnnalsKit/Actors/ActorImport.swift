import Yams

/// Actor definitions read from a CSV or YAML file, with the rows that could
/// not be read and why.
///
/// A CSV file starts with a header line naming its columns, in any order:
/// `code,name,persian_name,kind,cameo,wikidata,aliases` (`code`, `name` and
/// `kind` are required, the others may be left out). Cells may be quoted
/// (`"United Nations Educational, Scientific and Cultural Organization"`);
/// aliases are separated by `|`. Empty lines and lines starting with `#` are
/// skipped.
///
/// A YAML file is a list of mappings with the same keys; `aliases` is a list
/// or a `|`-separated string.
///
/// ```swift
/// let file = ActorImport(text: csv, format: .csv, file: "mine.csv")
/// for problem in file.problems { print(problem) }     // "mine.csv:3: kind: 'state' is not country or organisation"
/// let good = file.entries.map(\.definition)
/// ```
///
/// A bad row never stops the others: each is reported with its line and left out.
public struct ActorImport: Sendable, Hashable {
    /// The formats an import file can have.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        case csv
        case yaml

        /// The format a file name's extension says (`.csv`, `.yaml`, `.yml`), or nil.
        public init?(path: String) {
            let lower = path.lowercased()
            if lower.hasSuffix(".csv") {
                self = .csv
            } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
                self = .yaml
            } else {
                return nil
            }
        }
    }

    /// A good row: where it is and what it defines.
    public struct Entry: Sendable, Hashable {
        /// The row's line in the file (1-based; where the record starts).
        public let line: Int
        public let definition: ActorDefinition
    }

    /// A row left out (or a file that could not be read at all).
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        /// What the entry clashes with in the gazetteer, when that is the problem.
        public var conflict: GazetteerConflict?

        public init(file: String, line: Int, message: String, conflict: GazetteerConflict? = nil) {
            self.file = file
            self.line = line
            self.message = message
            self.conflict = conflict
        }

        public var description: String { "\(file):\(line): \(message)" }
    }

    /// The columns (keys) a row may have.
    public static let columns = ["code", "name", "persian_name", "kind", "cameo", "wikidata", "aliases"]
    static let requiredColumns = ["code", "name", "kind"]

    /// The file name used in problems.
    public let file: String
    public private(set) var entries: [Entry] = []
    public private(set) var problems: [Problem] = []

    /// Reads `text` as `format`; `file` names it in problems.
    public init(text: String, format: Format, file: String) {
        self.file = file
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        switch format {
        case .csv: readCSV(text)
        case .yaml: readYAML(text)
        }
        problems.sort { $0.line < $1.line }
    }

    /// Moves the entries that `gazetteer` already has (the code, or a name
    /// standing for another actor) to ``problems``, and those whose code or a
    /// name an earlier entry of the file already uses.
    public mutating func excludeConflicts(with gazetteer: Gazetteer) {
        var kept: [Entry] = []
        var seen = gazetteer
        for entry in entries {
            if let conflict = seen.conflict(with: entry.definition) {
                problems.append(Problem(file: file, line: entry.line, message: conflict.description, conflict: conflict))
            } else {
                kept.append(entry)
                seen.add(entry.definition.actor, aliases: entry.definition.aliases)
            }
        }
        entries = kept
        problems.sort { $0.line < $1.line }
    }

    // MARK: - Rows

    /// Checks one row's fields and keeps it as an entry or a problem.
    private mutating func add(_ fields: [String: String], aliases: [String], line: Int) {
        do {
            let definition = try ActorDefinition(
                code: fields["code"] ?? "", name: fields["name"] ?? "", persianName: fields["persian_name"],
                kind: fields["kind"] ?? "", cameo: fields["cameo"], wikidata: fields["wikidata"], aliases: aliases)
            if let earlier = entries.first(where: { $0.definition.actor.code == definition.actor.code }) {
                problem(line, "the code \(definition.actor.code) is already given on line \(earlier.line)")
            } else {
                entries.append(Entry(line: line, definition: definition))
            }
        } catch {
            problem(line, error.description)
        }
    }

    private mutating func problem(_ line: Int, _ message: String) {
        problems.append(Problem(file: file, line: line, message: message))
    }

    private static func splitAliases(_ text: String) -> [String] {
        text.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    // MARK: - CSV

    private mutating func readCSV(_ text: String) {
        let records = CSVRecords(text).makeIterator()
        var header: [String]?
        while let record = records.next() {
            if let error = record.error {
                problem(record.line, error)
                continue
            }
            let cells = record.cells
            if cells.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            if cells[0].trimmingSpaces().hasPrefix("#") && !record.firstCellQuoted { continue }
            guard let columns = header else {
                let names = cells.map { $0.trimmingSpaces().lowercased() }
                let unknown = names.filter { !ActorImport.columns.contains($0) }
                let missing = ActorImport.requiredColumns.filter { !names.contains($0) }
                let repeated = Set(names.filter { name in names.filter { $0 == name }.count > 1 })
                if !unknown.isEmpty || !missing.isEmpty || !repeated.isEmpty {
                    var reasons: [String] = []
                    if !unknown.isEmpty { reasons.append("unknown column(s) \(unknown.joined(separator: ", "))") }
                    if !missing.isEmpty { reasons.append("missing column(s) \(missing.joined(separator: ", "))") }
                    if !repeated.isEmpty { reasons.append("repeated column(s) \(repeated.sorted().joined(separator: ", "))") }
                    problem(record.line, "bad header: " + reasons.joined(separator: "; ")
                        + "; the header names columns among " + ActorImport.columns.joined(separator: ","))
                    return
                }
                header = names
                continue
            }
            guard cells.count == columns.count else {
                problem(record.line, "\(cells.count) cells where the header has \(columns.count) columns")
                continue
            }
            var fields: [String: String] = [:]
            for (name, cell) in zip(columns, cells) { fields[name] = cell }
            add(fields, aliases: ActorImport.splitAliases(fields["aliases"] ?? ""), line: record.line)
        }
        if header == nil { problem(1, "no header line; the file must start with " + ActorImport.columns.joined(separator: ",")) }
    }

    // MARK: - YAML

    private mutating func readYAML(_ text: String) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            problem(ActorImport.line(of: error) ?? 1, "not valid YAML: \(ActorImport.reason(error))")
            return
        } catch {
            problem(1, "not valid YAML: \(error)")
            return
        }
        guard let root else { return }
        guard case .sequence(let items) = root else {
            problem(root.mark?.line ?? 1, "expected a list of actors (each item starting with '- code: …')")
            return
        }
        for item in items {
            let line = item.mark?.line ?? 1
            guard case .mapping(let mapping) = item else {
                problem(line, "expected a mapping with keys " + ActorImport.columns.joined(separator: ", "))
                continue
            }
            var fields: [String: String] = [:]
            var aliases: [String] = []
            var bad: String?
            for (keyNode, value) in mapping {
                guard let key = keyNode.string?.lowercased(), ActorImport.columns.contains(key) else {
                    bad = "unknown key '\(keyNode.string ?? "?")'; the keys are " + ActorImport.columns.joined(separator: ", ")
                    break
                }
                if key == "aliases" {
                    switch value {
                    case .sequence(let list):
                        for element in list {
                            guard let text = element.string else { bad = "aliases: each alias must be a string"; break }
                            aliases.append(text)
                        }
                    case .scalar(let scalar):
                        aliases += ActorImport.splitAliases(scalar.string)
                    default:
                        bad = "aliases: expected a list or a '|'-separated string"
                    }
                } else if case .scalar(let scalar) = value {
                    fields[key] = scalar.string
                } else {
                    bad = "\(key): expected a single value"
                }
                if bad != nil { break }
            }
            if let bad {
                problem(line, bad)
            } else {
                add(fields, aliases: aliases, line: line)
            }
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    private static func reason(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): problem
        default: String(describing: error)
        }
    }
}

/// The records of a CSV text (RFC 4180: quoted cells may hold commas, doubled
/// quotes and line breaks), each with the line it starts on.
struct CSVRecords: Sequence {
    struct Record {
        var cells: [String]
        var line: Int
        var firstCellQuoted: Bool
        /// Why the record could not be read (an unclosed quote), or nil.
        var error: String?
    }

    let text: String

    init(_ text: String) {
        self.text = text
    }

    func makeIterator() -> AnyIterator<Record> {
        var scalars = Array(text.unicodeScalars)[...]
        var line = 1
        return AnyIterator {
            guard !scalars.isEmpty else { return nil }
            var record = Record(cells: [], line: line, firstCellQuoted: false)
            var cell = String.UnicodeScalarView()
            var quoted = false
            var wasQuoted = false
            while let scalar = scalars.popFirst() {
                if quoted {
                    if scalar == "\"" {
                        if scalars.first == "\"" {
                            scalars.removeFirst()
                            cell.append("\"")
                        } else {
                            quoted = false
                        }
                    } else {
                        if scalar == "\n" { line += 1 }
                        cell.append(scalar)
                    }
                    continue
                }
                switch scalar {
                case "\"" where cell.isEmpty || String(cell).trimmingSpaces().isEmpty:
                    quoted = true
                    wasQuoted = true
                    cell = String.UnicodeScalarView()
                    if record.cells.isEmpty { record.firstCellQuoted = true }
                case ",":
                    record.cells.append(String(cell))
                    cell = String.UnicodeScalarView()
                    wasQuoted = false
                case "\r":
                    continue
                case "\n":
                    line += 1
                    record.cells.append(String(cell))
                    return record
                default:
                    // Spaces after a closing quote are ignored; anything else is kept.
                    if wasQuoted && scalar == " " { continue }
                    cell.append(scalar)
                }
            }
            if quoted { record.error = "a quoted cell is not closed" }
            record.cells.append(String(cell))
            return record
        }
    }
}
