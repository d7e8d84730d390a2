import Testing
@testable import AnnalsKit

/// One event a corpus sentence must yield, written compactly:
/// `"<cameo> <actors> [neg] [hyp] [@<timex>]"`, where `<actors>` is
/// `SRC>TGT,TGT2` (source, then targets), `SRC` (a source alone) or `>TGT`
/// (a target alone, e.g. a passive without an agent).
///
/// `"057 IRN>TUR neg @2024-03-11"`: Iran did not sign with Turkey on 11 March 2024.
struct ExpectedEvent: Sendable, Hashable, CustomStringConvertible {
    let cameo: String
    let sources: [String]
    let targets: [String]
    let polarity: Polarity
    let modality: Modality
    let timex: String?

    init(_ spec: String) {
        var cameo = ""
        var sources: [String] = []
        var targets: [String] = []
        var polarity = Polarity.positive
        var modality = Modality.asserted
        var timex: String?
        for (position, word) in spec.split(separator: " ").enumerated() {
            switch word {
            case "neg": polarity = .negative
            case "hyp": modality = .hypothetical
            case _ where word.hasPrefix("@"): timex = String(word.dropFirst())
            case _ where position == 0: cameo = String(word)
            default:
                let sides = word.split(separator: ">", omittingEmptySubsequences: false)
                sources = sides[0].split(separator: ",").map(String.init)
                targets = sides.count > 1 ? sides[1].split(separator: ",").map(String.init) : []
            }
        }
        self.cameo = cameo
        self.sources = sources
        self.targets = targets
        self.polarity = polarity
        self.modality = modality
        self.timex = timex
    }

    init(_ event: ExtractedEvent) {
        cameo = event.cameo
        sources = event.participants.filter { $0.role == .source }.map(\.actorCode)
        targets = event.participants.filter { $0.role != .source }.map(\.actorCode)
        polarity = event.polarity
        modality = event.modality
        timex = event.time?.timex
    }

    var root: String { String(cameo.prefix(2)) }
    var actors: Set<String> { Set(sources + targets) }
    var roles: Set<String> { Set(sources.map { "\($0)/source" } + targets.map { "\($0)/target" }) }

    var description: String {
        var words = [cameo, sources.joined(separator: ",") + (targets.isEmpty ? "" : ">" + targets.joined(separator: ","))]
        if polarity == .negative { words.append("neg") }
        if modality == .hypothetical { words.append("hyp") }
        if let timex { words.append("@" + timex) }
        return words.joined(separator: " ")
    }

    /// Everything the corpus checks, as one comparable value.
    var full: String {
        "\(cameo) \(sources.sorted())>\(targets.sorted()) \(polarity) \(modality) \(timex ?? "-")"
    }
}

/// A sentence of the event corpus and the events it must yield (none for a negative case).
struct EventCorpusCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expected: [ExpectedEvent]

    init(_ sentence: String, _ events: String...) {
        self.sentence = sentence
        self.expected = events.map(ExpectedEvent.init)
    }

    var testDescription: String { sentence }
}

/// Micro-averaged precision and recall of one dimension over a corpus.
struct Score: CustomStringConvertible {
    var found = 0
    var expected = 0
    var correct = 0

    var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
    var recall: Double { expected == 0 ? 1 : Double(correct) / Double(expected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    mutating func add<Item: Hashable>(found foundItems: Set<Item>, expected expectedItems: Set<Item>) {
        found += foundItems.count
        expected += expectedItems.count
        correct += foundItems.intersection(expectedItems).count
    }

    private func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    var description: String {
        "P \(percent(precision)) R \(percent(recall)) F1 \(percent(f1)) (\(correct) correct, \(found) found, \(expected) expected)"
    }
}

/// The scores of a corpus, per dimension.
struct CorpusScores {
    /// Actor codes per sentence, roles aside.
    var actors = Score()
    /// Actor codes with their roles per sentence.
    var roles = Score()
    /// CAMEO roots per sentence.
    var roots = Score()
    /// Full CAMEO codes per sentence.
    var codes = Score()
    /// (root, polarity, modality) per sentence.
    var attributes = Score()
    /// (root, date value) per sentence.
    var dates = Score()
    /// Whole events: code, actors and roles, polarity, modality and date.
    var events = Score()
    /// Sentences whose events come out exactly as expected.
    var exactSentences = 0
    var sentences = 0
    /// Mismatches, one line each, for reading when a threshold fails.
    var mismatches: [String] = []

    mutating func add(_ item: EventCorpusCase, found: [ExpectedEvent]) {
        let expected = item.expected
        actors.add(found: Set(found.flatMap(\.actors)), expected: Set(expected.flatMap(\.actors)))
        roles.add(found: Set(found.flatMap(\.roles)), expected: Set(expected.flatMap(\.roles)))
        roots.add(found: Set(found.map(\.root)), expected: Set(expected.map(\.root)))
        codes.add(found: Set(found.map(\.cameo)), expected: Set(expected.map(\.cameo)))
        attributes.add(found: Set(found.map { "\($0.root) \($0.polarity) \($0.modality)" }),
                       expected: Set(expected.map { "\($0.root) \($0.polarity) \($0.modality)" }))
        dates.add(found: Set(found.map { "\($0.root) \($0.timex ?? "-")" }),
                  expected: Set(expected.map { "\($0.root) \($0.timex ?? "-")" }))
        events.add(found: Set(found.map(\.full)), expected: Set(expected.map(\.full)))
        sentences += 1
        if Set(found.map(\.full)) == Set(expected.map(\.full)) && found.count == expected.count {
            exactSentences += 1
        } else {
            mismatches.append("\(item.sentence)\n    expected: \(expected)\n    found:    \(found)")
        }
    }

    var report: String {
        """
        actors     \(actors)
        roles      \(roles)
        roots      \(roots)
        codes      \(codes)
        pol/mod    \(attributes)
        dates      \(dates)
        events     \(events)
        sentences  \(exactSentences)/\(sentences) exactly right
        """
    }
}

enum EventCorpus {
    /// The reference (publication) date of every corpus sentence: Wednesday 13 March 2024
    /// (23 Esfand 1402).
    static let reference = DayDate(year: 2024, month: 3, day: 13)

    static let extractor = Result { try EventExtractor() }
    static let analyzer = Result { try TextAnalyzer() }

    /// The events the extractor reads in `sentence`.
    static func events(in sentence: String, language: Language) throws -> [ExpectedEvent] {
        let text = try analyzer.get().analyze(sentence, language: language)
        return try extractor.get().events(in: text, reference: reference).map(ExpectedEvent.init)
    }

    static func score(_ cases: [EventCorpusCase], language: Language) throws -> CorpusScores {
        var scores = CorpusScores()
        for item in cases {
            scores.add(item, found: try events(in: item.sentence, language: language))
        }
        return scores
    }
}
