/// How many articles refer to each day in their text: evidence that a day was
/// news beyond the events Annals extracted from it.
///
/// Each article counts once per day, however often it names it. Only
/// expressions that resolve to one whole day count (`on Saturday`,
/// `19 March 2011`, `۲۸ اسفند ۱۳۸۹`); anniversaries, whose day is inferred,
/// do not.
/// ```swift
/// let references = DateReferences(try store.documents(ids: articleIDs), tagger: try TemporalTagger())
/// references.articles(referringTo: DayDate(year: 2011, month: 3, day: 19))   // 15
/// ```
public struct DateReferences: Sendable, Hashable {
    /// Articles per day.
    public private(set) var counts: [DayDate: Int]

    /// Counts for days given directly (tests, other sources of evidence).
    public init(counts: [DayDate: Int] = [:]) {
        self.counts = counts
    }

    /// Tags each document against its publication date and counts the days it names.
    public init(_ documents: some Sequence<StoredDocument>, tagger: TemporalTagger) {
        var counts: [DayDate: Int] = [:]
        for document in documents {
            let expressions = tagger.tag(document.article.text, language: document.article.language,
                                         reference: document.article.published)
            var days = Set<DayDate>()
            for expression in expressions where !expression.isInferred && expression.value.granularity == .day {
                if let start = expression.value.start, start == expression.value.end { days.insert(start) }
            }
            for day in days { counts[day, default: 0] += 1 }
        }
        self.counts = counts
    }

    /// The number of articles whose text names `day`.
    public func articles(referringTo day: DayDate) -> Int {
        counts[day] ?? 0
    }
}
