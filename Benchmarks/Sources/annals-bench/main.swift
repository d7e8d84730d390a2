import AnnalsKit
import Foundation

// annals-bench: the in-process measurements of Benchmarks/run (see BENCHMARKS.md).
// Each command prints one JSON object on standard output.
//
//   annals-bench tagger DIR [--limit N] [--passes P]
//                                                temporal tagger MB/s per language (best and median of P passes)
//   annals-bench build-db DB --events N [--seed S] [--per-article K]
//                                                synthetic events through AnnalsStore.ingest(batch:)
//   annals-bench timeline DB [--queries N] [--seed S] [--only pair_table]
//                                                timeline latency p50/p99 (pairs, single actor, ranges)
//   annals-bench export DB --format csv|markdown --out FILE
//                                                every event exported; rows/s
//   annals-bench plans DB                        EXPLAIN QUERY PLAN of each kind of timeline query
//   annals-bench register DB                     stores the built-in actors and the names they resolve by

/// A small seeded generator (SplitMix64), so runs are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Picks actors with a Zipf-like weight (rank^-1), as news mentions are skewed.
struct ZipfPicker {
    let codes: [String]
    let cumulative: [Double]
    init(codes: [String]) {
        self.codes = codes
        var total = 0.0
        var sums: [Double] = []
        for rank in 1...codes.count {
            total += 1.0 / Double(rank)
            sums.append(total)
        }
        cumulative = sums.map { $0 / total }
    }
    func pick(_ rng: inout SeededGenerator) -> String {
        let x = Double.random(in: 0..<1, using: &rng)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < x { low = mid + 1 } else { high = mid }
        }
        return codes[low]
    }
    func pair(_ rng: inout SeededGenerator) -> (String, String) {
        let a = pick(&rng)
        var b = pick(&rng)
        while b == a { b = pick(&rng) }
        return (a, b)
    }
}

/// The actors synthetic events use: the gazetteer's, in a fixed order.
func benchActors(_ gazetteer: Gazetteer) -> [String] {
    let preferred = ["NATO", "USA", "RUS", "IRN", "CHN", "EU", "TUR", "AZE", "UN", "DEU", "FRA", "GBR", "GEO", "ARM",
                     "IRQ", "SYR", "IND", "PAK", "JPN", "SAU", "EGY", "AFG", "KAZ", "ISR", "UKR"]
    let known = Set(gazetteer.actors.map(\.code))
    let rest = gazetteer.actors.map(\.code).filter { !preferred.contains($0) }.sorted()
    return preferred.filter(known.contains) + rest
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// CPU time of the calling thread: what a measurement costs when other
/// processes share the cores (the wall clock then also counts their turns).
func cpuNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let index = min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))
    return sorted[index]
}

func printJSON(_ object: [String: Any]) {
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
       let text = String(data: data, encoding: .utf8) {
        print(text)
    }
}

struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    init(_ list: ArraySlice<String>) {
        var iterator = list.makeIterator()
        while let item = iterator.next() {
            if item.hasPrefix("--") { options[String(item.dropFirst(2))] = iterator.next() ?? "" } else { positional.append(item) }
        }
    }
    func int(_ name: String, _ fallback: Int) -> Int { options[name].flatMap(Int.init) ?? fallback }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    var description: String {
        switch self { case .usage(let text): return text }
    }
}

// MARK: - tagger

/// Every .md file under `folder`, sorted.
func articleFiles(in folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var found: [String] = []
    for case let relative as String in walker where relative.hasSuffix(".md") {
        found.append((folder as NSString).appendingPathComponent(relative))
    }
    return found.sorted()
}

func taggerBench(_ arguments: Arguments) throws {
    guard let folder = arguments.positional.first else { throw BenchError.usage("tagger DIR [--limit N] [--passes P]") }
    let limit = arguments.int("limit", 2000)
    let passes = max(1, arguments.int("passes", 3))
    let reader = ArticleReader()
    var articles: [Article] = []
    for file in articleFiles(in: folder).prefix(limit) {
        for case .success(let article) in reader.articles(in: file) { articles.append(article) }
    }
    let tagger = try TemporalTagger()
    var result: [String: Any] = [:]
    for language in Language.allCases {
        let texts = articles.filter { $0.language == language }
        guard !texts.isEmpty else { continue }
        let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        var expressions = 0
        var walls: [Double] = []
        var cpus: [Double] = []
        // The tagger alone, one core; `passes` passes over the same texts.
        for _ in 0..<passes {
            let start = now(), startCPU = cpuNow()
            expressions = 0
            for article in texts {
                expressions += tagger.tag(article.text, language: language, reference: article.published).count
            }
            walls.append(now() - start)
            cpus.append(cpuNow() - startCPU)
        }
        walls.sort()
        cpus.sort()
        let best = walls[0], bestCPU = cpus[0]
        let medianCPU = cpus[cpus.count / 2]
        result[language.rawValue] = [
            "articles": texts.count, "bytes": bytes, "seconds": best, "cpu_seconds": bestCPU, "expressions": expressions,
            "mb_per_s": Double(bytes) / 1e6 / best, "mb_per_cpu_s": Double(bytes) / 1e6 / bestCPU,
            "median_cpu_seconds": medianCPU, "median_mb_per_cpu_s": Double(bytes) / 1e6 / medianCPU,
        ]
    }
    printJSON(result)
}

// MARK: - build-db

func buildDatabase(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { throw BenchError.usage("build-db DB --events N") }
    let total = arguments.int("events", 1_000_000)
    let perArticle = arguments.int("per-article", 5)
    var rng = SeededGenerator(seed: UInt64(arguments.int("seed", 7)))
    let base = try KnowledgeBase.open(at: path)
    try base.registerBuiltInActors()
    let (store, gazetteer) = (base.store, base.gazetteer)
    let picker = ZipfPicker(codes: benchActors(gazetteer))
    let cameos = ["010", "036", "040", "042", "043", "046", "051", "057", "061", "111", "112", "172"]
    let verbs = ["signed an agreement with", "held talks with", "visited", "condemned", "praised", "met"]
    let epoch = DayDate(year: 1990, month: 1, day: 1)
    func day(_ offset: Int) -> DayDate {
        var year = epoch.year, month = 1, left = offset
        while true {
            let length = DayDate.daysIn(month: month, year: year)
            if left < length { return DayDate(year: year, month: month, day: left + 1) }
            left -= length
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
    }
    var inserted = 0
    var articleIndex = 0
    var insertSeconds = 0.0
    var insertCPU = 0.0
    var batch: [(Article, [ExtractedEvent])] = []
    let started = now()
    while inserted < total {
        let count = min(perArticle, total - inserted)
        let publishedOffset = Int.random(in: 400..<(365 * 34), using: &rng)
        var events: [ExtractedEvent] = []
        var sentences: [String] = []
        var offset = 0
        for index in 0..<count {
            let (a, b) = picker.pair(&rng)
            let cameo = cameos[Int.random(in: 0..<cameos.count, using: &rng)]
            let date = day(publishedOffset - Int.random(in: 1..<400, using: &rng))
            let granularity: Granularity = Int.random(in: 0..<10, using: &rng) < 8 ? .day : .month
            let start = granularity == .day ? date : DayDate(year: date.year, month: date.month, day: 1)
            let end = granularity == .day
                ? date : DayDate(year: date.year, month: date.month, day: DayDate.daysIn(month: date.month, year: date.year))
            let timex = granularity == .day ? date.iso : String(date.iso.prefix(7))
            let verb = verbs[Int.random(in: 0..<verbs.count, using: &rng)]
            let sentence = "\(a) \(verb) \(b) on \(date.iso) (item \(articleIndex)-\(index))."
            let length = sentence.unicodeScalars.count
            let mention = EventMention(sentence: sentence, start: offset, end: offset + length, trigger: verb,
                                       triggerStart: offset + a.count + 1, triggerEnd: offset + a.count + 1 + verb.count,
                                       timeText: date.iso)
            events.append(ExtractedEvent(
                cameo: cameo, time: TimeValue(timex: timex, start: start, end: end, granularity: granularity),
                participants: [Participant(actorCode: a, role: .source), Participant(actorCode: b, role: .target)],
                locationCode: nil, locationName: nil, summary: sentence, mentions: [mention]))
            sentences.append(sentence)
            offset += length + 1
        }
        let article = Article(text: sentences.joined(separator: " "), title: "Synthetic \(articleIndex)",
                              published: day(publishedOffset), source: "annals-bench", language: .english,
                              origin: "synthetic/\(articleIndex).txt")
        batch.append((article, events))
        inserted += count
        articleIndex += 1
        if batch.count == 256 || inserted >= total {
            let start = now(), startCPU = cpuNow()
            _ = try store.ingest(batch: batch)
            insertSeconds += now() - start
            insertCPU += cpuNow() - startCPU
            batch.removeAll(keepingCapacity: true)
        }
    }
    let counts = try store.counts()
    printJSON([
        "events": counts.events, "documents": counts.documents, "mentions": counts.mentions,
        "insert_seconds": insertSeconds, "insert_cpu_seconds": insertCPU, "total_seconds": now() - started,
        "events_per_s": Double(counts.events) / insertSeconds, "events_per_cpu_s": Double(counts.events) / insertCPU,
    ])
}

// MARK: - timeline

func timelineBench(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { throw BenchError.usage("timeline DB [--queries N]") }
    let queries = arguments.int("queries", 500)
    var rng = SeededGenerator(seed: UInt64(arguments.int("seed", 11)))
    let base = try KnowledgeBase.open(at: path)
    let (store, gazetteer) = (base.store, base.gazetteer)
    let picker = ZipfPicker(codes: benchActors(gazetteer))
    // `--only pair_table` measures one kind of query (for a profiler).
    let only = arguments.options["only"]
    func measure(_ name: String, _ make: (inout SeededGenerator) -> TimelineQuery) throws -> [String: Any]? {
        if let only, only != name { return nil }
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var rows = 0
        // Warm the page cache and statements once.
        _ = try store.timeline(make(&rng))
        for _ in 0..<queries {
            let query = make(&rng)
            let start = now(), startCPU = cpuNow()
            let events = try store.timeline(query)
            times.append((now() - start) * 1000)
            cpuTimes.append((cpuNow() - startCPU) * 1000)
            rows += events.count
        }
        times.sort()
        cpuTimes.sort()
        return [
            "p50_ms": percentile(times, 0.5), "p99_ms": percentile(times, 0.99), "max_ms": times.last ?? 0,
            "cpu_p50_ms": percentile(cpuTimes, 0.5), "cpu_p99_ms": percentile(cpuTimes, 0.99),
            "mean_rows": Double(rows) / Double(queries),
        ]
    }
    func range(_ rng: inout SeededGenerator) -> (DayDate, DayDate) {
        let year = Int.random(in: 1992...2022, using: &rng)
        return (DayDate(year: year, month: 1, day: 1), DayDate(year: year, month: 12, day: 31))
    }
    var result: [String: Any] = [:]
    let beforePairs = rng
    result["pair"] = try measure("pair") { rng in
        let (a, b) = picker.pair(&rng)
        return TimelineQuery(actorCodes: [a, b])
    }
    // The same pairs as the table of `annals timeline A B` reads them: actors and the number
    // of sources, the sentences left unread.
    let afterPairs = rng
    rng = beforePairs
    result["pair_table"] = try measure("pair_table") { rng in
        let (a, b) = picker.pair(&rng)
        var query = TimelineQuery(actorCodes: [a, b])
        query.includesMentions = false
        return query
    }
    rng = afterPairs
    result["pair_range"] = try measure("pair_range") { rng in
        let (a, b) = picker.pair(&rng)
        let (from, to) = range(&rng)
        return TimelineQuery(actorCodes: [a, b], from: from, to: to)
    }
    result["single_range"] = try measure("single_range") { rng in
        let (from, to) = range(&rng)
        return TimelineQuery(actorCodes: [picker.pick(&rng)], from: from, to: to)
    }
    result["range_only_month"] = try measure("range_only_month") { rng in
        let (from, _) = range(&rng)
        return TimelineQuery(actorCodes: [], from: from, to: DayDate(year: from.year, month: 1, day: 31))
    }
    result["queries"] = queries
    printJSON(result)
}

// MARK: - export

/// A text stream writing to a file through a 1 MB buffer.
final class FileSink: TextOutputStream {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var bytes = 0
    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw BenchError.usage("cannot create \(path)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 20)
    }
    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 20 { drain() }
    }
    func drain() {
        bytes += buffer.count
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

func exportBench(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first, let format = arguments.options["format"].flatMap(ExportFormat.init),
          let out = arguments.options["out"] else {
        throw BenchError.usage("export DB --format csv|markdown --out FILE")
    }
    let store = try KnowledgeBase.open(at: path).store
    let query = TimelineQuery(actorCodes: [], includeHypothetical: true, includeNegated: true)
    let exporter = format.exporter(actorNames: ["all actors"])
    var sink = try FileSink(path: out)
    var rows = 0
    let counting = TimelineEventSource { body in
        try store.forEachTimelineEvent(query) { event in
            rows += 1
            try body(event)
        }
    }
    let start = now(), startCPU = cpuNow()
    try exporter.export(counting, to: &sink)
    sink.drain()
    let seconds = now() - start, cpu = cpuNow() - startCPU
    printJSON(["rows": rows, "seconds": seconds, "cpu_seconds": cpu, "rows_per_s": Double(rows) / seconds,
               "rows_per_cpu_s": Double(rows) / cpu, "bytes": sink.bytes])
}

// MARK: - plans

/// The query plan of each kind of timeline query the timeline bench times, as SQLite prints it.
func plansBench(_ arguments: Arguments) throws {
    guard let path = arguments.positional.first else { throw BenchError.usage("plans DB") }
    let store = try KnowledgeBase.open(at: path).store
    let from = DayDate(year: 2005, month: 1, day: 1), to = DayDate(year: 2005, month: 12, day: 31)
    let queries: [(String, TimelineQuery)] = [
        ("pair", TimelineQuery(actorCodes: ["NATO", "RUS"])),
        ("pair_range", TimelineQuery(actorCodes: ["NATO", "RUS"], from: from, to: to)),
        ("single_range", TimelineQuery(actorCodes: ["RUS"], from: from, to: to)),
        ("range_only_month", TimelineQuery(actorCodes: [], from: from, to: DayDate(year: 2005, month: 1, day: 31))),
        ("all", TimelineQuery(actorCodes: [], includeHypothetical: true, includeNegated: true)),
    ]
    var result: [String: Any] = [:]
    for (name, query) in queries { result[name] = try store.queryPlan(query) }
    printJSON(result)
}

// MARK: - main

let commandLine = CommandLine.arguments
do {
    let arguments = Arguments(commandLine.dropFirst(2))
    switch commandLine.count > 1 ? commandLine[1] : "" {
    case "tagger": try taggerBench(arguments)
    case "build-db": try buildDatabase(arguments)
    case "timeline": try timelineBench(arguments)
    case "export": try exportBench(arguments)
    case "plans": try plansBench(arguments)
    case "register":
        guard let path = arguments.positional.first else { throw BenchError.usage("register DB") }
        let started = now()
        try KnowledgeBase.open(at: path).registerBuiltInActors()
        printJSON(["seconds": now() - started])
    default:
        throw BenchError.usage("usage: annals-bench tagger|build-db|timeline|export|plans ... (see Benchmarks/run)")
    }
} catch {
    FileHandle.standardError.write(Data("annals-bench: \(error)\n".utf8))
    exit(1)
}
