#if PostgreSQL
import AnnalsPostgres
import Foundation
import Testing

/// The PostgreSQL server the tests use: `ANNALS_TEST_POSTGRES_URL`
/// (`postgres://user@127.0.0.1:port/postgres`, a role that may create
/// databases), which `.ci/run` sets after starting a throwaway cluster.
/// Without it the tests that need a server are skipped and say so.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["ANNALS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static var available: Bool { url != nil }

    static let skipReason: Comment =
        "no PostgreSQL server: set ANNALS_TEST_POSTGRES_URL (as .ci/run does) to run the PostgreSQL tests"

    /// A new empty database on the server, made with `options` of `CREATE DATABASE`; its address.
    static func freshDatabase(options: String = "") throws -> String {
        guard let url, var components = URLComponents(string: url) else { throw TestServerError.none }
        let name = "annals_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql(url, "CREATE DATABASE \(name) \(options)")
        components.path = "/" + name
        return components.string ?? url
    }

    /// Runs one SQL command through `psql` at `address`.
    @discardableResult
    static func psql(_ address: String, _ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", address, "-c", command]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestServerError.psql(command: command, output: problem) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

enum TestServerError: Error {
    case none
    case psql(command: String, output: String)
}
#endif
