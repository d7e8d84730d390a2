extension StringProtocol {
    /// The string without its leading and trailing Unicode scalars that `isTrimmed` accepts.
    func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The string without leading and trailing spaces and line breaks (names, aliases, cells).
    func trimmingSpaces() -> String {
        trimming { $0 == " " || $0 == "\n" }
    }

    /// The string without leading and trailing white space of any kind (front matter).
    func trimmingWhitespace() -> String {
        trimming { $0.properties.isWhitespace }
    }
}
