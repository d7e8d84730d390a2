import Testing
@testable import AnnalsKit

/// An event is dated by its day, and an event announced for later in a stretch that has begun is planned:
/// Persian sentences of our own, read against ``EventCorpus/reference`` (Wednesday 13 March 2024).
@Suite struct EventDayTests {
    /// A part of the day, said before or after its day, dates the event by the day alone; a stretch with
    /// a mod begins where the mod says.
    static let persian: [EventCorpusCase] = [
        .init("پاکستان دوشنبه شب این گزارش را تکذیب کرد.", "016 PAK @2024-03-11"),
        .init("روسیه سحرگاه روز سه‌شنبه مانوری نظامی در نزدیکی مرز نروژ برگزار کرد.", "150 RUS>NOR @2024-03-12"),
        .init("وزیر امور خارجه ترکیه عصر روز دوشنبه در تهران با همتای ایرانی خود دیدار کرد.", "040 TUR>IRN @2024-03-11"),
        // "شب" before a weekday is the night before it: Sunday night.
        .init("ارتش اسرائیل شب دوشنبه به غزه حمله کرد.", "190 ISR>PSE @2024-03-10"),
        // The last third of March begins after the 13th; the end of Esfand (to 19 March) has begun.
        .init("مقام‌های هند و پاکستان اواخر ماه مارس در دهلی دیدار می‌کنند.", "040 IND>PAK hyp @2024-03"),
        .init("مقام‌های هند و پاکستان اواخر ماه جاری در دهلی دیدار می‌کنند.", "040 IND>PAK @2024-03"),
        .init("مقام‌های هند و پاکستان اوایل ماه مارس در دهلی دیدار کردند.", "040 IND>PAK @2024-03"),
    ]

    @Test(arguments: persian)
    func persianEventsAreDatedByDay(item: EventCorpusCase) throws {
        let found = try EventCorpus.events(in: item.sentence, language: .persian)
        #expect(Set(found.map(\.full)) == Set(item.expected.map(\.full)), "found \(found)")
    }
}
