#if PostgreSQL
import Foundation

/// A PostgreSQL server of one test's own, which the test may stop and start again
/// without disturbing the tests that share the other server: its own data folder
/// (removed by ``remove()``) and port on loopback, the role `annals` logging in
/// without a password. Built from Debian's PostgreSQL binaries, which `.ci/run` installs.
final class PrivateCluster {
    /// The folder of PostgreSQL's programs, nil when PostgreSQL is not installed.
    static let binaries: URL? = {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap(Int.init).sorted().last.map {
            root.appendingPathComponent("\($0)/bin")
        }.flatMap { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) ? $0 : nil }
    }()

    let folder: URL
    let port: Int

    /// The address of its `postgres` database.
    var address: String { "postgres://annals@127.0.0.1:\(port)/postgres" }

    /// Creates the cluster in a new temporary folder and starts it on a free port.
    init() throws {
        guard Self.binaries != nil else { throw PrivateClusterError.failed("PostgreSQL is not installed") }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-cluster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if getuid() == 0 { try Self.run(URL(fileURLWithPath: "/bin/chown"), ["postgres", folder.path], asOwner: false) }
        try Self.run("initdb", ["-D", folder.appendingPathComponent("data").path, "-U", "annals", "--auth=trust",
                                "-E", "UTF8", "--locale=C.UTF-8"])
        var started: Int?
        var lastError: (any Error)?
        for _ in 0..<5 where started == nil {
            let candidate = Int.random(in: 20000..<30000)
            do {
                try Self.run("pg_ctl", Self.startArguments(folder, port: candidate))
                started = candidate
            } catch {
                lastError = error
            }
        }
        guard let started else { throw lastError ?? PrivateClusterError.failed("no port") }
        port = started
    }

    private static func startArguments(_ folder: URL, port: Int) -> [String] {
        ["-D", folder.appendingPathComponent("data").path, "-l", folder.appendingPathComponent("server.log").path,
         "-w", "-o", "-p \(port) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start"]
    }

    /// Stops the server, closing every session at once (`pg_ctl stop -m fast`).
    func stop() throws {
        try Self.run("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "fast", "-w", "stop"])
    }

    /// Starts the stopped server again, on the same port.
    func start() throws {
        try Self.run("pg_ctl", Self.startArguments(folder, port: port))
    }

    /// Stops the server if it runs and removes its folder.
    func remove() {
        _ = try? Self.run("pg_ctl", ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ program: String, _ arguments: [String]) throws {
        guard let binaries else { throw PrivateClusterError.failed("PostgreSQL is not installed") }
        try run(binaries.appendingPathComponent(program), arguments, asOwner: true)
    }

    /// Runs `program` and waits for it; as the user `postgres` when this is root
    /// and `asOwner` (the server refuses to run as root).
    ///
    /// Foundation's `Process` learns that a child ended when the last copy of a socket
    /// it hands the child is closed, and the server that `pg_ctl start` leaves running
    /// would keep its copy for ever: so the program runs through a shell that first closes
    /// every descriptor past stderr, its stdin is /dev/null and its output goes to files.
    private static func run(_ program: URL, _ arguments: [String], asOwner: Bool) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let command = (asOwner && getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : [])
            + [program.path] + arguments
        process.arguments = ["-c", closingInheritedDescriptors, "bash"] + command
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("annals-cluster-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        let problem = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw PrivateClusterError.failed("\(program.lastPathComponent) \(arguments.joined(separator: " ")): \(problem)")
        }
    }

    /// Closes the shell's descriptors above 2, then runs its arguments in its place.
    private static let closingInheritedDescriptors = """
        for fd in /proc/$$/fd/*; do fd=${fd##*/}; if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi; done; exec "$@"
        """
}

enum PrivateClusterError: Error {
    case failed(String)
}
#endif
