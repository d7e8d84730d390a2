import AnnalsKit
import Foundation

/// libFuzzer's entry point: one input, as bytes.
///
/// Returns 0 always; a broken invariant stops the process (libFuzzer then saves the
/// input as `crash-…`), as does any crash inside Annals.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTarget.shared.check(Data(bytes: data, count: size))
    return 0
}

/// Runs one input through everything Annals does with text, and checks what comes out.
///
/// The bytes go two ways: as a file through ``ArticleReader`` (Annals' own decoding —
/// UTF-8, UTF-16, Windows-1256, binary refused — front matter and JSON Lines), and as
/// lossy UTF-8 straight into the pipeline as English and as Persian. The pipeline is
/// normalisation, tokens, sentences, the temporal tagger against a fixed reference date,
/// and event extraction. The invariants are those of the seeded fuzz tests
/// (`Tests/AnnalsKitTests/Reliability/TextPipelineFuzzTests.swift`): tokens in order,
/// inside the text; sentences tile the tokens; every date and event mention quotes
/// exactly the original text at its offsets; no interval ends before it starts.
struct FuzzTarget: Sendable {
    static let shared: FuzzTarget = {
        do {
            return try FuzzTarget()
        } catch {
            // The embedded rule data failing to load is a broken build, not an input.
            fatalError("annals-fuzz: cannot load Annals' data: \(error)")
        }
    }()

    let analyzer: TextAnalyzer
    let tagger: TemporalTagger
    let extractor: EventExtractor
    let reader = ArticleReader()
    /// A reference (publication) date, the same for every input.
    let reference = DayDate(year: 2022, month: 3, day: 1)
    /// Where each input is written to be read as a file; in `$TMPDIR`, one per process.
    let scratch: URL

    init() throws {
        analyzer = try TextAnalyzer()
        tagger = try TemporalTagger()
        // The front door, as a library user opens it; the store stays in memory and unused.
        extractor = try KnowledgeBase.inMemory().extractor()
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("annals-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    func check(_ data: Data) {
        // An input starting with "{" is read as JSON Lines, anything else as an article file.
        let file = scratch.appendingPathComponent(data.first == UInt8(ascii: "{") ? "input.jsonl" : "input.md")
        if (try? data.write(to: file)) != nil {
            for case .success(let article) in reader.articles(in: file.path) {
                check(article)
            }
        }
        let text = String(decoding: data, as: UTF8.self)
        for language in Language.allCases {
            check(Article(text: text, published: reference, language: language, origin: "fuzz"))
        }
    }

    func check(_ article: Article) {
        let text = article.text
        let scalars = Array(text.unicodeScalars)
        let analyzed = analyzer.analyze(text, language: article.language)
        if let problem = Self.violation(in: analyzed, of: text) { fail(problem, text) }
        for expression in tagger.tag(analyzed, reference: article.published ?? reference) {
            guard expression.range.lowerBound >= 0, expression.range.upperBound <= scalars.count,
                  expression.tokenRange.upperBound <= analyzed.tokens.count,
                  expression.text == String(String.UnicodeScalarView(scalars[expression.range])) else {
                fail("date \(expression.range) '\(expression.text)' does not quote the text", text)
            }
            if let start = expression.value.start, let end = expression.value.end, start > end {
                fail("date '\(expression.text)' ends (\(end)) before it starts (\(start))", text)
            }
        }
        for event in extractor.events(in: article) {
            guard (2...4).contains(event.cameo.count), event.cameo.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                fail("event code '\(event.cameo)' is not 2 to 4 digits", text)
            }
            if let start = event.time?.start, let end = event.time?.end, start > end {
                fail("event '\(event.summary)' ends (\(end)) before it starts (\(start))", text)
            }
            for mention in event.mentions {
                guard mention.start >= 0, mention.start <= mention.end, mention.end <= scalars.count,
                      mention.triggerStart >= mention.start, mention.triggerStart <= mention.triggerEnd,
                      mention.triggerEnd <= mention.end,
                      mention.sentence == String(String.UnicodeScalarView(scalars[mention.start..<mention.end])),
                      mention.trigger == String(String.UnicodeScalarView(scalars[mention.triggerStart..<mention.triggerEnd])) else {
                    fail("mention \(mention) does not quote the text", text)
                }
            }
        }
    }

    /// The first broken invariant of one analysed text, or nil.
    static func violation(in analyzed: AnalyzedText, of text: String) -> String? {
        analyzed.invariantViolation(original: text)
    }

    /// Stops the process: libFuzzer saves the input that did this.
    func fail(_ problem: String, _ text: String) -> Never {
        fatalError("annals-fuzz: \(problem) in \(text.debugDescription)")
    }
}
