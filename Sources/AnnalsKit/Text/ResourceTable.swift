/// A tab-separated data file: a header line naming the columns, then one row per line.
///
/// Lines starting with `#` are comments and blank lines are skipped, so each
/// file can open with a description of its format and examples:
///
/// ```
/// # Gregorian month names in English.
/// name	month
/// january	1
/// jan	1
/// ```
public struct ResourceTable: Sendable {
    /// One line of the table.
    public struct Row: Sendable {
        /// The file the row comes from.
        public let file: String
        /// The row's line number in that file, from 1.
        public let line: Int
        let cells: [String: String]

        /// The value in `column`; an empty cell counts as missing.
        public func value(_ column: String) throws(ResourceError) -> String {
            guard let cell = cells[column], !cell.isEmpty else {
                throw .malformed(file: file, line: line, reason: "column '\(column)' is empty")
            }
            return cell
        }

        /// The value in `column`, or nil when the cell is empty or the column absent.
        /// The value in `column` as a flag, `yes` or `no`; an empty cell is `whenEmpty`
        /// when that is given, an error otherwise.
        public func flag(_ column: String, whenEmpty: Bool? = nil) throws(ResourceError) -> Bool {
            guard let cell = optionalValue(column) else {
                if let whenEmpty { return whenEmpty }
                throw error("column '\(column)' is empty")
            }
            switch cell {
            case "yes": return true
            case "no": return false
            default: throw error("\(column) '\(cell)' is neither 'yes' nor 'no'")
            }
        }

        public func optionalValue(_ column: String) -> String? {
            guard let cell = cells[column], !cell.isEmpty else { return nil }
            return cell
        }

        /// The value in `column` as an integer.
        public func integer(_ column: String) throws(ResourceError) -> Int {
            let text = try value(column)
            guard let number = Int(text) else {
                throw .malformed(file: file, line: line, reason: "column '\(column)' is '\(text)', not a whole number")
            }
            return number
        }

        /// An error about this row.
        public func error(_ reason: String) -> ResourceError {
            .malformed(file: file, line: line, reason: reason)
        }
    }

    /// The file's path within its library.
    public let path: String
    /// The column names, from the header line.
    public let columns: [String]
    /// The rows, in file order.
    public let rows: [Row]

    public init(path: String, text: String) throws(ResourceError) {
        self.path = path
        var columns: [String]?
        var rows: [Row] = []
        var lineNumber = 0
        // Read as UTF-8 bytes: every separator is ASCII, and splitting a `String` by
        // `Character` would find the grapheme boundaries of the whole file first.
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
            if content.allSatisfy({ $0 == space || $0 == tab }) { continue }
            let cells = content.split(separator: tab, omittingEmptySubsequences: false).map { cell in
                var start = cell.startIndex
                var end = cell.endIndex
                while start < end, cell[start] == space { start = cell.index(after: start) }
                while end > start, cell[cell.index(before: end)] == space { end = cell.index(before: end) }
                return String(decoding: cell[start..<end], as: UTF8.self)
            }
            guard let header = columns else {
                columns = cells
                continue
            }
            guard cells.count <= header.count else {
                throw .malformed(file: path, line: lineNumber,
                                 reason: "\(cells.count) cells but the header names \(header.count) columns")
            }
            var dictionary: [String: String] = [:]
            for (name, cell) in zip(header, cells) { dictionary[name] = cell }
            rows.append(Row(file: path, line: lineNumber, cells: dictionary))
        }
        guard let columns else { throw .malformed(file: path, line: max(1, lineNumber), reason: "no header line") }
        self.columns = columns
        self.rows = rows
    }
}

