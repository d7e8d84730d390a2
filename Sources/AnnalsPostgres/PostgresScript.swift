#if PostgreSQL
import Foundation

/// A migration script cut into its statements: the server runs one statement
/// per bound query. A statement ends with a line ending in `;` outside a
/// `$$ … $$` function body; lines that are only a `--` comment are left out.
enum PostgresScript {
    static func statements(of sql: String) -> [String] {
        var statements: [String] = []
        var current: [Substring] = []
        var inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !inBody, trimmed.hasPrefix("--") || trimmed.isEmpty { continue }
            current.append(line)
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            // A trailing comment is not code (a "--" inside a string literal is not expected in migrations).
            let code = inBody ? trimmed : (line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line))
                .trimmingCharacters(in: .whitespaces)
            if !inBody, code.hasSuffix(";") {
                statements.append(current.joined(separator: "\n"))
                current.removeAll()
            }
        }
        let rest = current.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }
}
#endif
