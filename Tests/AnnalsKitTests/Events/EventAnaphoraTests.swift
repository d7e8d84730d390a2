import Testing
@testable import AnnalsKit

/// Phrases that point back to actors already named: "both sides", "it", "this country".
@Suite struct EventAnaphoraTests {
    static let extractor = Result { try EventExtractor() }

    private func events(_ text: String, _ language: Language) throws -> [ExtractedEvent] {
        try Self.extractor.get().events(in: Article(text: text, published: DayDate(year: 2014, month: 5, day: 8),
                                                    language: language, origin: "test"))
    }

    private func actors(_ event: ExtractedEvent) -> Set<String> { Set(event.participants.map(\.actorCode)) }

    /// Two referents for one phrase ("both sides") once crashed the role assignment.
    @Test(arguments: [
        ("Azerbaijan joined NATO's Partnership for Peace in 1994. Both sides signed a partnership plan in 2005.", Language.english),
        ("آذربایجان در ۱۹۹۴ به ناتو پیوست. دو طرف در سال ۲۰۰۵ سند همکاری را امضا کردند.", Language.persian),
    ])
    func bothSidesAreTheLastPair(text: String, language: Language) throws {
        let found = try events(text, language)
        let signing = try #require(found.first { $0.time?.timex == "2005" })
        #expect(actors(signing) == ["AZE", "NATO"])
    }

    @Test func itIsTheSourceOfTheLastEvent() throws {
        let found = try events("Azerbaijan joined NATO's Partnership for Peace programme in 1994, and it signed its first action plan with the alliance in 2005.", .english)
        let plan = try #require(found.first { $0.time?.timex == "2005" })
        #expect(actors(plan) == ["AZE", "NATO"])
        #expect(plan.participants.first { $0.role == .source }?.actorCode == "AZE")
    }

    @Test func thisCountryIsTheLastCountry() throws {
        let found = try events("مناسبات دیپلماتیک جمهوری آذربایجان با پیمان آتلانتیک شمالی از ۱۹۹۲ برقرار شد؛ این کشور دو سال بعد، در ۱۹۹۴، به طرح مشارکت برای صلح ناتو پیوست.", .persian)
        let joining = try #require(found.first { $0.time?.timex == "1994" })
        #expect(actors(joining) == ["AZE", "NATO"])
    }
}
