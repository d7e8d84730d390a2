import Foundation
import Testing
@testable import AnnalsKit

/// A JSON Lines file is read a line at a time (so that a file of any size reads
/// in bounded memory) and gives exactly what reading it whole gives.
@Suite struct JSONLinesStreamingTests {
    static let good = #"{"text": "NATO and Azerbaijan met.", "published": "2009-05-06"}"#
    static let persian = #"{"text": "ناتو و جمهوری آذربایجان دیدار کردند.", "language": "fa"}"#

    /// File contents, as bytes: plain files are read line by line, the others whole.
    static let files: [(name: String, bytes: [UInt8])] = [
        ("plain", Array([good, persian, good].joined(separator: "\n").utf8)),
        ("trailing newline and blank lines", Array("\n\(good)\n  \n\(persian)\n\n".utf8)),
        ("bad lines among good ones", Array([good, #"{"text": broken"#, "[1, 2]", #"{"text": 42}"#,
                                             #"{"text": "x", "published": "2009-02-30"}"#, persian].joined(separator: "\n").utf8)),
        ("byte-order mark", [0xEF, 0xBB, 0xBF] + Array("\(good)\n\(persian)".utf8)),
        ("only white space", Array(" \n\t\n".utf8)),
        ("empty", []),
        ("invalid UTF-8", Array("\(good)\n".utf8) + [0x61, 0xFF, 0x62]),
        ("NUL byte", Array("\(good)\n".utf8) + [0x00]),
        ("UTF-16", [0xFF, 0xFE] + Array("{\"text\": \"x\"}".data(using: .utf16LittleEndian)!)),
    ]

    static func outcomes(_ results: [Result<Article, InputError>]) -> [String] {
        results.map { result in
            switch result {
            case .success(let article): "\(article.origin) \(article.language) \(article.published?.iso ?? "-") \(article.text)"
            case .failure(let error): error.description
            }
        }
    }

    @Test(arguments: files.indices)
    func readingLineByLineGivesWhatReadingWholeGives(_ index: Int) throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("feed.jsonl")
        try Data(Self.files[index].bytes).write(to: URL(fileURLWithPath: path))
        let reader = ArticleReader()
        var streamed: [Result<Article, InputError>] = []
        try reader.forEachArticle(in: path) { streamed.append($0) }
        #expect(Self.outcomes(streamed) == Self.outcomes(reader.articles(in: path)), "\(Self.files[index].name)")
    }

    /// Lines longer than a chunk, and chunks ending inside a line or a character.
    @Test(arguments: [1, 2, 3, 7, 64])
    func linesSpanningChunksAreWhole(_ chunkSize: Int) throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("lines.txt")
        let lines = ["", "ناتو", "a", "", "آذربایجان و ناتو", "end"]
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        var read: [String] = []
        var numbers: [Int] = []
        try LineReader.forEachLine(of: path, chunkSize: chunkSize) { bytes, number in
            read.append(String(decoding: bytes, as: UTF8.self))
            numbers.append(number)
        }
        #expect(read == lines)
        #expect(numbers == Array(1...lines.count))
    }
}
