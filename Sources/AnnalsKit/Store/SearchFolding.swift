/// The search trigger's folding of a sentence, read from its SQL and applied in Swift.
///
/// The full-text trigger (migrations 0005 and 0008) folds each sentence with a chain of
/// `replace(x, char(A), char(B))` and `replace(x, char(A), '')` calls, nested in
/// sub-selects because SQLite's parser refuses 64 nested calls in one expression. Run
/// per mention by the bulk path, those sub-selects cost the writer more than the
/// full-text index itself (each opens temporary tables, each `replace` copies the
/// sentence). Every step changes one character into one character or none, so the
/// whole chain is a map from character to character: this reads the chain from the
/// expression and applies it in one pass.
///
/// ``init(expression:)`` accepts only expressions made of those calls, sub-selects
/// of one column and the sentence column; anything else gives nil, and the bulk path
/// then evaluates the SQL itself. So a migration that changes the folding changes
/// this one too, and one that folds in another way is left to SQLite.
struct SearchFolding: Sendable, Equatable {
    /// One `replace(x, char(from), char(to))`; `to` nil for `''`.
    struct Step: Sendable, Equatable {
        let from: Unicode.Scalar
        let to: Unicode.Scalar?
    }

    /// The steps in the order SQLite applies them (innermost call first).
    let steps: [Step]
    /// What each character some step changes becomes, after every step; nil when dropped.
    private let changes: [Unicode.Scalar: Unicode.Scalar?]
    /// The smallest character some step changes: text below it is left as it is.
    private let lowest: UInt32
    /// What each character below ``tableLimit`` becomes, by its value: ``kept``,
    /// ``dropped`` or the value of another character. Nearly every character of a
    /// sentence is found here, without hashing it as ``changes`` would.
    private let table: [UInt32]
    /// Past the Latin, Arabic and Persian letters and the joiners (U+200C, U+200D).
    private static let tableLimit: UInt32 = 0x2100
    private static let kept = UInt32.max
    private static let dropped = UInt32.max - 1

    /// The folding `expression` computes from the column `sentence` (`m.sentence` as
    /// ``BulkIndexing/foldedSentence(inSearchTrigger:)`` returns it); nil unless it is
    /// made only of one-character replacements.
    init?(expression: String, sentence: String = "m.sentence") {
        var parser = Parser(expression)
        guard let value = parser.value(), parser.atEnd,
              let steps = SearchFolding.steps(of: value, sentence: sentence, scope: nil)
        else { return nil }
        self.init(steps: steps)
    }

    init(steps: [Step]) {
        self.steps = steps
        var changes: [Unicode.Scalar: Unicode.Scalar?] = [:]
        for start in Set(steps.map(\.from)) {
            var current: Unicode.Scalar? = start
            for step in steps where current == step.from {
                current = step.to
            }
            if current != start { changes[start] = current }
        }
        self.changes = changes
        lowest = changes.keys.map(\.value).min() ?? UInt32.max
        var table = [UInt32](repeating: Self.kept, count: Int(Self.tableLimit))
        for (from, to) in changes where from.value < Self.tableLimit {
            table[Int(from.value)] = to?.value ?? Self.dropped
        }
        self.table = table
    }

    /// `text` folded as the SQL expression folds it.
    func fold(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, change(of: scalars[index]) == Self.kept { scalars.formIndex(after: &index) }
        guard index < scalars.endIndex else { return text }
        // The folded text's UTF-8 written byte by byte: appending scalars to a String
        // one at a time cost several times the folding itself.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        folded.append(contentsOf: text.utf8[..<index])
        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch change(of: scalar) {
            case Self.kept: UTF8.encode(scalar) { folded.append($0) }
            case Self.dropped: break
            case let value: if let changed = Unicode.Scalar(value) { UTF8.encode(changed) { folded.append($0) } }
            }
            scalars.formIndex(after: &index)
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// What `scalar` becomes: ``kept``, ``dropped`` or another character's value.
    @inline(__always)
    private func change(of scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value < Self.tableLimit { return table[Int(scalar.value)] }
        guard scalar.value >= lowest, let change = changes[scalar] else { return Self.kept }
        return change?.value ?? Self.dropped
    }

    /// `replace(…)`, a column or a sub-select, as written.
    private indirect enum Value {
        case column(Substring)
        case replace(Value, from: Unicode.Scalar, to: Unicode.Scalar?)
        case select(Select)
    }

    /// `SELECT value [AS name] [FROM (select)]`.
    private struct Select {
        let value: Value
        let name: Substring?
        /// The FROM's sub-select (a ``Value/select(_:)``: a struct cannot hold itself).
        let source: Value?
    }

    /// The steps `value` applies to `sentence`; `scope` is the column its select's FROM
    /// gives (name and steps), nil where no FROM gives one.
    private static func steps(of value: Value, sentence: String, scope: (name: Substring, steps: [Step])?) -> [Step]? {
        switch value {
        case .column(let name):
            if let scope { return name == scope.name ? scope.steps : nil }
            return name == sentence ? [] : nil
        case .replace(let inner, let from, let to):
            return steps(of: inner, sentence: sentence, scope: scope).map { $0 + [Step(from: from, to: to)] }
        case .select(let select):
            return steps(of: select, sentence: sentence).map(\.steps)
        }
    }

    private static func steps(of select: Select, sentence: String) -> (name: Substring?, steps: [Step])? {
        var scope: (name: Substring, steps: [Step])?
        if let source = select.source {
            guard case .select(let from) = source, let inner = steps(of: from, sentence: sentence),
                  let name = inner.name else { return nil }
            scope = (name, inner.steps)
        }
        return steps(of: select.value, sentence: sentence, scope: scope).map { (select.name, $0) }
    }

    /// Reads the tokens of a ``Value``: words (letters, digits, `_`, `.`), `''` and punctuation.
    private struct Parser {
        let tokens: [Substring]
        var position = 0

        init(_ text: String) {
            var tokens: [Substring] = []
            var index = text.startIndex
            func isWord(_ character: Character) -> Bool {
                character.isASCII && (character.isLetter || character.isNumber || character == "_" || character == ".")
            }
            while index < text.endIndex {
                let start = index
                if text[index].isWhitespace {
                    index = text.index(after: index)
                    continue
                }
                if isWord(text[index]) {
                    while index < text.endIndex, isWord(text[index]) { index = text.index(after: index) }
                } else if text[index...].hasPrefix("''") {
                    index = text.index(index, offsetBy: 2)
                } else {
                    index = text.index(after: index)
                }
                tokens.append(text[start..<index])
            }
            self.tokens = tokens
        }

        var atEnd: Bool { position == tokens.count }

        mutating func take(_ expected: String) -> Bool {
            guard position < tokens.count, tokens[position].lowercased() == expected else { return false }
            position += 1
            return true
        }

        mutating func word() -> Substring? {
            guard position < tokens.count, let first = tokens[position].first,
                  first.isLetter || first == "_" else { return nil }
            position += 1
            return tokens[position - 1]
        }

        mutating func value() -> Value? {
            if take("(") {
                guard let select = select(), take(")") else { return nil }
                return .select(select)
            }
            if take("replace") {
                guard take("("), let inner = value(), take(","), let from = character(), let found = from,
                      take(","), let to = character(), take(")")
                else { return nil }
                return .replace(inner, from: found, to: to)
            }
            return word().map(Value.column)
        }

        mutating func select() -> Select? {
            guard take("select"), let value = value() else { return nil }
            var name: Substring?
            if take("as") {
                guard let alias = word() else { return nil }
                name = alias
            }
            var source: Value?
            if take("from") {
                guard take("("), let inner = select(), take(")") else { return nil }
                source = .select(inner)
            }
            return Select(value: value, name: name, source: source)
        }

        /// `char(N)` (one character) or `''` (none); nil when neither.
        mutating func character() -> Unicode.Scalar?? {
            if take("''") { return .some(nil) }
            guard take("char"), take("("), position < tokens.count, let number = UInt32(tokens[position]),
                  number != 0, let scalar = Unicode.Scalar(number)
            else { return nil }
            position += 1
            guard take(")") else { return nil }
            return .some(scalar)
        }
    }
}
