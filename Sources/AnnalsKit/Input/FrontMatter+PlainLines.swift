extension FrontMatter {
    /// The fields of a front matter made only of plain `key: value` lines, read without a
    /// YAML parser; nil when any line is outside that plain form, and the YAML parser must read it.
    ///
    /// Nearly every article's front matter is a few such lines (`title: …`, `published: …`),
    /// and a YAML parser costs more than the rest of reading the file. What counts as plain is
    /// kept narrow, so that YAML reads every plain line alike:
    /// - a key of ASCII letters, digits and `_`, starting with a letter, at the start of the line,
    ///   at most 64 bytes;
    /// - `:` right after the key, then one space or more, then the value;
    /// - a value that starts with no YAML indicator (`- ? : , [ ] { } # & * ! | > ' " % @` and
    ///   the backquote), holds no `": "` or `" #"`, does not end with `:`, and has no tab, control
    ///   character or Unicode line break; trailing spaces are not part of it;
    /// - empty lines between them; no key twice.
    ///
    /// `lines` numbers each field's line in the file (the fence is line 1), as for YAML.
    static func plainFields(_ yaml: Substring) -> FrontMatter? {
        var matter = FrontMatter()
        var keys: Set<String> = []
        var lineNumber = 1
        for line in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let key = line[..<colon]
            guard key.count <= 64, let first = key.first, isASCIILetter(first),
                  key.allSatisfy({ isASCIILetter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "_") })
            else { return nil }
            var start = line.index(after: colon)
            guard start < line.endIndex, line[start] == UInt8(ascii: " ") else { return nil }
            while start < line.endIndex, line[start] == UInt8(ascii: " ") { start = line.index(after: start) }
            var end = line.endIndex
            while end > start, line[line.index(before: end)] == UInt8(ascii: " ") { end = line.index(before: end) }
            guard start < end, let value = String(line[start..<end]), isPlainValue(value) else { return nil }
            guard let name = String(key), keys.insert(name).inserted else { return nil }
            matter.fields[name.lowercased()] = value
            matter.lines[name.lowercased()] = lineNumber
        }
        // The line after the last "\n" is the closing fence's, not one of the matter's.
        return matter
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The characters that open something other than a plain scalar in YAML.
    private static let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">",
                                                         "'", "\"", "%", "@", "`"]

    private static func isPlainValue(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, !indicators.contains(first), !value.utf8.hasSuffix(":".utf8) else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
            default: break
            }
            if previous == ":", scalar == " " { return false }
            if previous == " ", scalar == "#" { return false }
            previous = scalar
        }
        return true
    }
}

private extension Collection where Element: Equatable {
    func hasSuffix(_ suffix: some Collection<Element>) -> Bool {
        count >= suffix.count && zip(dropFirst(count - suffix.count), suffix).allSatisfy(==)
    }
}
