import Foundation
import Testing
@testable import AnnalsKit

/// What made a 50 MB article superlinear (`.ci/large-inputs`): one event mentioned thousands
/// of times, and thousands of role words ("a spokesman said") between names. Eight times the
/// input must take about eight times as long, not sixty-four; the ratio allowed (20) leaves
/// room for a noisy machine.
@Suite(.serialized) struct LinearTimeTests {
    /// The CPU time of this thread spent in `work`, the least of `runs` runs: other
    /// processes on a busy machine (a parallel build, another test) do not count.
    static func seconds(runs: Int = 1, _ work: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        var best = Double.infinity
        for _ in 0..<runs {
            let started = now()
            work()
            best = min(best, now() - started)
        }
        return best
    }

    /// `count` mentions of one event (same type, actors and day), each twice.
    static func mentionsOfOneEvent(_ count: Int) -> [ExtractedEvent] {
        let day = DayDate(year: 2009, month: 5, day: 5)
        return (0..<(2 * count)).map { number in
            let start = (number % count) * 40
            let sentence = "NATO met Azerbaijan on May 5, 2009 (\(number % count))."
            return ExtractedEvent(
                cameo: "040", time: TimeValue(timex: "2009-05-05", start: day, end: day, granularity: .day),
                participants: [Participant(actorCode: "NATO", role: .source), Participant(actorCode: "AZE", role: .target)],
                locationCode: nil, locationName: nil, polarity: .positive, modality: .asserted,
                summary: "NATO met Azerbaijan",
                mentions: [EventMention(sentence: sentence, start: start, end: start + 39,
                                        trigger: "met", triggerStart: start + 5, triggerEnd: start + 8, timeText: "May 5, 2009")])
        }
    }

    @Test func mergingTheMentionsOfOneEventIsLinear() {
        let merger = EventMerger()
        let small = Self.mentionsOfOneEvent(2_000)
        let large = Self.mentionsOfOneEvent(16_000)
        _ = merger.merge(Array(small.prefix(500)))  // warm up
        var merged: [ExtractedEvent] = []
        let smallTime = max(Self.seconds(runs: 3) { merged = merger.merge(small) }, 0.01)
        #expect(merged.count == 1)
        #expect(merged.first?.mentions.count == 2_000, "each mention once")
        let largeTime = Self.seconds { merged = merger.merge(large) }
        #expect(merged.count == 1)
        let starts = merged.first?.mentions.map(\.start) ?? []
        #expect(starts.count == 16_000)
        #expect(starts == starts.sorted(), "mentions in text order")
        #expect(largeTime / smallTime < 20, "2,000 mentions: \(smallTime) s, 16,000: \(largeTime) s")
    }

    /// Mentions that start at the same place keep the order they came in.
    @Test func mentionsStartingTogetherKeepTheirOrder() {
        let day = DayDate(year: 2009, month: 5, day: 5)
        func event(_ trigger: String, at start: Int) -> ExtractedEvent {
            ExtractedEvent(cameo: "040", time: TimeValue(timex: "2009-05-05", start: day, end: day, granularity: .day),
                           participants: [Participant(actorCode: "NATO", role: .source), Participant(actorCode: "AZE", role: .target)],
                           locationCode: nil, locationName: nil, polarity: .positive, modality: .asserted, summary: "s",
                           mentions: [EventMention(sentence: "s", start: start, end: start + 20, trigger: trigger,
                                                   triggerStart: start, triggerEnd: start + 3, timeText: nil)])
        }
        let merged = EventMerger().merge([event("b", at: 50), event("c", at: 10), event("a", at: 50), event("c", at: 10)])
        #expect(merged.first?.mentions.map(\.trigger) == ["c", "b", "a"])
    }

    @Test func findingActorsAmongManyRoleWordsIsLinear() throws {
        let gazetteer = try Gazetteer()
        let analyzer = try TextAnalyzer()
        let paragraph = "A spokesman said Georgia met France. The foreign minister of Turkey spoke. Japan's spokeswoman agreed.\n"
        func analyzed(_ copies: Int) -> AnalyzedText {
            analyzer.analyze(String(repeating: paragraph, count: copies), language: .english)
        }
        let small = analyzed(250)
        let large = analyzed(2_000)
        _ = gazetteer.mentions(in: analyzed(50))  // warm up
        var found: [ActorMention] = []
        let smallTime = max(Self.seconds(runs: 3) { found = gazetteer.mentions(in: small) }, 0.01)
        #expect(found.filter { $0.form == .spokesperson }.count == 2 * 250, "\(found.prefix(6))")
        let largeTime = Self.seconds { found = gazetteer.mentions(in: large) }
        #expect(found.filter { $0.form == .spokesperson }.count == 2 * 2_000)
        #expect(largeTime / smallTime < 20, "250 copies: \(smallTime) s, 2,000: \(largeTime) s")
    }
}
