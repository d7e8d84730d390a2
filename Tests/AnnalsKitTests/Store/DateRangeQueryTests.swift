import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// A date range with no actor reads the `events_date` index between two bounds
/// (`from` minus the longest stored interval, and `to`) and must still return
/// exactly the events whose interval overlaps the range.
@Suite struct DateRangeQueryTests {
    /// Intervals as (start, end, label): days, months, a year, a decade, a century,
    /// and intervals that touch the tested ranges at one end only.
    static let intervals: [(String, String, String)] = [
        ("1990-03-04", "1990-03-04", "a day in 1990"),
        ("1990-12-31", "1990-12-31", "new year's eve 1990"),
        ("1991-01-01", "1991-01-31", "January 1991"),
        ("1991-02-01", "1991-02-28", "February 1991"),
        ("1991-01-01", "1991-12-31", "the year 1991"),
        ("1980-01-01", "1989-12-31", "the 1980s"),
        ("1901-01-01", "2000-12-31", "the 20th century"),
        ("1995-06-15", "1995-06-15", "a day in 1995"),
        ("2000-12-31", "2001-01-01", "two days across 2001"),
        ("2001-01-01", "2001-01-01", "the first day of 2001"),
    ]

    static func store() throws -> AnnalsStore {
        let store = try StoreFixture.store()
        let f = StoreFixture.self
        var events = intervals.map { start, end, label in
            f.event(time: TimeValue(timex: start, start: f.day(start), end: f.day(end), granularity: .day), summary: label)
        }
        events.append(f.event(time: nil, summary: "undated"))
        _ = try store.ingest(f.document("range test"), events: events)
        return store
    }

    /// The overlapping intervals by brute force, in timeline order.
    static func expected(from: String?, to: String?) -> [String] {
        intervals
            .filter { start, end, _ in (from.map { end >= $0 } ?? true) && (to.map { start <= $0 } ?? true) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
    }

    @Test(arguments: [
        ("1991-01-15", "1991-01-20"), ("1990-12-31", "1991-01-01"), ("1991-02-10", "1991-03-01"),
        ("1985-05-05", "1985-05-05"), ("1850-01-01", "1850-12-31"), ("2001-01-01", "2001-12-31"),
        ("2000-06-01", "2000-12-30"), ("1995-06-15", "1995-06-15"), ("1995-06-16", "1999-01-01"),
        ("2002-01-01", "2030-01-01"), ("1000-01-01", "3000-01-01"),
    ])
    func returnsExactlyTheOverlappingEvents(from: String, to: String) throws {
        let store = try Self.store()
        let query = TimelineQuery(actorCodes: [], from: StoreFixture.day(from), to: StoreFixture.day(to))
        #expect(try store.timeline(query).map(\.summary) == Self.expected(from: from, to: to))
    }

    @Test(arguments: ["1850-01-01", "1991-01-15", "2001-01-01", "2002-01-01"])
    func anOpenEndedRangeReturnsEveryLaterOverlap(from: String) throws {
        let store = try Self.store()
        let query = TimelineQuery(actorCodes: [], from: StoreFixture.day(from))
        #expect(try store.timeline(query).map(\.summary) == Self.expected(from: from, to: nil))
    }

    @Test func theLongestIntervalIsKeptAsEventsArrive() throws {
        let store = try StoreFixture.store()
        let f = StoreFixture.self
        func longest() throws -> Int? {
            try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT longest_days FROM event_span WHERE id = 1") }
        }
        #expect(try longest() == 0)
        _ = try store.ingest(f.document("a day"), events: [f.event(time: f.onDay("2001-02-03"))])
        #expect(try longest() == 0)
        _ = try store.ingest(f.document("a year"), events: [f.event(time: f.inYear(2004))])
        #expect(try longest() == 365)  // 2004 is a leap year: 2004-12-31 is 365 days after 2004-01-01
        _ = try store.ingest(f.document("another day"), events: [f.event(time: f.onDay("2010-02-03"))])
        #expect(try longest() == 365)
    }

    @Test func theRangePlanIsBoundedOnBothSides() throws {
        let store = try Self.store()
        let plan = try store.queryPlan(TimelineQuery(
            actorCodes: [], from: StoreFixture.day("2001-01-01"), to: StoreFixture.day("2001-01-31")))
        #expect(plan.contains { $0.contains("events_date (date_start>? AND date_start<?)") }, "\(plan)")
        #expect(!plan.contains { $0.contains("SCAN e") || $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test func aDatabaseOfTheSecondSchemaGetsTheLongestIntervalOfItsEvents() throws {
        let queue = try DatabaseQueue()
        try AnnalsStore.migrator.migrate(queue, upTo: "0002_user_aliases")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO actors(code, kind, name, cameo_code) VALUES ('AZE', 'country', 'Azerbaijan', 'AZE');
                INSERT INTO events(cameo, polarity, modality, summary, merge_key, date_value, date_type, calendar,
                                   granularity, date_start, date_end)
                VALUES ('057', 'positive', 'asserted', 'the 1990s', 'k1', '199', 'DATE', 'gregorian', 'decade',
                        '1990-01-01', '1999-12-31'),
                       ('057', 'positive', 'asserted', 'a day', 'k2', '1997-05-05', 'DATE', 'gregorian', 'day',
                        '1997-05-05', '1997-05-05');
                """)
        }
        let store = try AnnalsStore(writer: queue, path: ":memory:", labels: { _ in nil })
        let longest = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT longest_days FROM event_span") }
        #expect(longest == 3651)
        let found = try store.timeline(TimelineQuery(
            actorCodes: [], from: StoreFixture.day("1999-06-01"), to: StoreFixture.day("1999-06-30")))
        #expect(found.map(\.summary) == ["the 1990s"])
    }
}
