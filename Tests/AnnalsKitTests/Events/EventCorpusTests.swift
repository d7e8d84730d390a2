import Foundation
import Testing
@testable import AnnalsKit

/// The floor a corpus's scores must stay above: set a little under the measured
/// values, so that a change which makes the extractor worse fails here.
struct CorpusThresholds: Sendable {
    var actorPrecision: Double
    var actorRecall: Double
    var rootPrecision: Double
    var rootRecall: Double
    var codePrecision: Double
    var codeRecall: Double
    var eventF1: Double
}

/// Precision and recall of the ``EventExtractor`` over the English and Persian
/// corpora (``EnglishEventCorpus``, ``PersianEventCorpus``).
///
/// Run `swift test --filter EventCorpus` to see the figures; set
/// `ANNALS_CORPUS_MISMATCHES=1` to list every sentence read differently.
@Suite struct EventCorpusTests {
    static let floors: [Language: CorpusThresholds] = [
        .english: CorpusThresholds(actorPrecision: 0.99, actorRecall: 0.98, rootPrecision: 0.98, rootRecall: 0.98,
                                   codePrecision: 0.98, codeRecall: 0.98, eventF1: 0.96),
        .persian: CorpusThresholds(actorPrecision: 0.99, actorRecall: 0.97, rootPrecision: 0.97, rootRecall: 0.96,
                                   codePrecision: 0.95, codeRecall: 0.93, eventF1: 0.93),
    ]

    /// Floors of the held-out sentences (``EnglishEventCorpus/heldOut``), which the rules were
    /// not tuned on: (actor F1, root F1). The English floors went down when attribution
    /// ("said", "told reporters") stopped being an event: three of its sentences expected one;
    /// they went up again with dated event nouns and single actors kept only where they make sense.
    static let heldOutFloors: [Language: (actors: Double, roots: Double)] = [
        .english: (actors: 0.58, roots: 0.52),
        .persian: (actors: 0.72, roots: 0.68),
    ]

    static func heldOut(for language: Language) -> [EventCorpusCase] {
        language == .persian ? PersianEventCorpus.heldOut : EnglishEventCorpus.heldOut
    }

    static func cases(for language: Language) -> [EventCorpusCase] {
        language == .persian ? PersianEventCorpus.cases : EnglishEventCorpus.cases
    }

    @Test(arguments: Language.allCases)
    func corpusIsLargeAndCoversEveryRoot(language: Language) {
        let cases = Self.cases(for: language)
        #expect(cases.count >= 150)
        let roots = Set(cases.flatMap { $0.expected.map(\.root) })
        #expect(roots.count == 20, "roots missing: \(Set((1...20).map { $0 < 10 ? "0\($0)" : "\($0)" }).subtracting(roots).sorted())")
        #expect(cases.filter(\.expected.isEmpty).count >= 10, "the corpus needs sentences that yield no event")
        #expect(cases.contains { $0.expected.contains { $0.polarity == .negative } })
        #expect(cases.contains { $0.expected.contains { $0.modality == .hypothetical } })
    }

    @Test(arguments: Language.allCases)
    func scoresStayAboveTheirFloors(language: Language) throws {
        let scores = try EventCorpus.score(Self.cases(for: language), language: language)
        print("Event corpus, \(language.rawValue):\n\(scores.report)")
        if Environment.listsMismatches {
            print(scores.mismatches.joined(separator: "\n"))
        }
        let floor = try #require(Self.floors[language])
        #expect(scores.actors.precision >= floor.actorPrecision, "actor precision \(scores.actors)")
        #expect(scores.actors.recall >= floor.actorRecall, "actor recall \(scores.actors)")
        #expect(scores.roots.precision >= floor.rootPrecision, "root precision \(scores.roots)")
        #expect(scores.roots.recall >= floor.rootRecall, "root recall \(scores.roots)")
        #expect(scores.codes.precision >= floor.codePrecision, "code precision \(scores.codes)")
        #expect(scores.codes.recall >= floor.codeRecall, "code recall \(scores.codes)")
        #expect(scores.events.f1 >= floor.eventF1, "whole events \(scores.events)")
    }

    @Test(arguments: Language.allCases)
    func heldOutScoresStayAboveTheirFloors(language: Language) throws {
        let scores = try EventCorpus.score(Self.heldOut(for: language), language: language)
        print("Event corpus, held out, \(language.rawValue):\n\(scores.report)")
        if Environment.listsMismatches {
            print(scores.mismatches.joined(separator: "\n"))
        }
        let floor = try #require(Self.heldOutFloors[language])
        #expect(scores.actors.f1 >= floor.actors, "held-out actors \(scores.actors)")
        #expect(scores.roots.f1 >= floor.roots, "held-out roots \(scores.roots)")
    }

    @Test(arguments: Language.allCases)
    func sentencesWithoutAnEventYieldNone(language: Language) throws {
        for item in Self.cases(for: language) where item.expected.isEmpty {
            let found = try EventCorpus.events(in: item.sentence, language: language)
            #expect(found.isEmpty, "\(item.sentence) → \(found)")
        }
    }
}

private enum Environment {
    static var listsMismatches: Bool {
        ProcessInfo.processInfo.environment["ANNALS_CORPUS_MISMATCHES"] == "1"
    }
}
