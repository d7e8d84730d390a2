import AnnalsKit
import Foundation

/// Folders of generated articles and `annals` processes running in the background,
/// for the crash and concurrency tests.
enum ReliabilityFixture {
    static let partners = ["Azerbaijan", "Georgia"]
    static let verbs = ["held talks with", "signed an agreement with", "met"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// Article `number`: a short English or Persian report of one or two dated events, each text unique.
    static func article(_ number: Int) -> String {
        let year = 1995 + number % 25
        let month = number % 12
        let day = 1 + number % 28
        let published = String(format: "%04d-%02d-%02d", year, month + 1, day)
        let body: String
        if number % 5 == 4 {
            body = "ناتو و جمهوری آذربایجان در سال \(year) میلادی در باکو دیدار کردند. گزارش شماره \(number).\n"
        } else {
            let partner = partners[number % partners.count]
            let verb = verbs[number % verbs.count]
            body = "NATO \(verb) \(partner) in Brussels on \(months[month]) \(day), \(year). "
                + "Report number \(number) of the series.\n"
        }
        return "---\ntitle: Report \(number)\npublished: \(published)\n---\n\(body)"
    }

    /// Writes articles `numbers` as files under `folder` (created), in subfolders of 500.
    static func writeArticles(_ numbers: Range<Int>, to folder: URL) throws {
        for number in numbers {
            let subfolder = folder.appendingPathComponent(String(format: "part%02d", number / 500))
            if number == numbers.lowerBound || number % 500 == 0 {
                try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
            }
            try Data(article(number).utf8).write(to: subfolder.appendingPathComponent(String(format: "a%05d.md", number)))
        }
    }

    /// What a database holds, read without changing it.
    static func counts(of path: String) throws -> StoreCounts {
        try AnnalsStore(path: path).counts()
    }
}

/// An `annals` process started in the background, its output going to files.
final class BackgroundCommand {
    let process = Process()
    let stdoutURL: URL
    let stderrURL: URL

    init(_ arguments: [String], in folder: URL, name: String) throws {
        stdoutURL = folder.appendingPathComponent("\(name).out")
        stderrURL = folder.appendingPathComponent("\(name).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["ANNALS_DB"] = nil
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// Kills the process at once, as a power cut or the OOM killer would.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the process to end and returns its status and standard error.
    func wait() -> (status: Int32, stderr: String) {
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, stderr)
    }
}

/// Reads CSV as RFC 4180 writes it, to look at each cell as a spreadsheet would.
enum CSVCells {
    static func rows(of text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { cell.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(cell); cell = ""
            case "\r\n", "\n": row.append(cell); cell = ""; rows.append(row); row = []
            default: cell.append(character)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
