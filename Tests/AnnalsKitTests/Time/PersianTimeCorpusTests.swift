import Testing
@testable import AnnalsKit

/// Persian temporal corpus: phrases, a reference date (2009-05-06, a Wednesday,
/// 16 Ordibehesht 1388) or none, and the value each must get.
@Suite struct PersianTimeCorpusTests {
    static let ref = "2009-05-06"

    static let explicit: [TimeCase] = [
        // Years, with and without era words.
        TimeCase("سال 1994 میلادی", nil, "1994", start: "1994-01-01", end: "1994-12-31", granularity: .year),
        TimeCase("در سال ۱۹۹۴", nil, "1994", start: "1994-01-01", end: "1994-12-31", text: "سال ۱۹۹۴"),
        TimeCase("۱۳۷۳ شمسی", nil, "1994", start: "1994-03-21", end: "1995-03-20", granularity: .year),
        TimeCase("سال 1373 هجری شمسی", nil, "1994", start: "1994-03-21", end: "1995-03-20"),
        TimeCase("در سال ۱۳۷۳ هجری خورشیدی", nil, "1994", start: "1994-03-21", end: "1995-03-20"),
        TimeCase("او در ۱۳۷۳ به تهران آمد", nil, "1994", start: "1994-03-21", end: "1995-03-20", text: "۱۳۷۳"),
        TimeCase("سال ۱۳۸۸", nil, "2009", start: "2009-03-21", end: "2010-03-20"),
        TimeCase("۱۹۹۴م", nil, "1994", start: "1994-01-01", end: "1994-12-31"),
        TimeCase("سال ۱۴۳۰ قمری", nil, "2009", start: "2008-12-29", end: "2009-12-17", granularity: .year),
        TimeCase("سال ۱۴۳۰ هجری قمری", nil, "2009", start: "2008-12-29"),
        TimeCase("در ۲۰۰۹", nil, "2009", start: "2009-01-01", text: "۲۰۰۹"),
        TimeCase("سال دو هزار و نه", nil, "2009", start: "2009-01-01", end: "2009-12-31"),
        TimeCase("سال هزار و سیصد و هفتاد و سه", nil, "1994", start: "1994-03-21"),
        // Full dates.
        TimeCase("15 اردیبهشت 1388", nil, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("۱۵ اردیبهشت ۱۳۸۸", nil, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("۱۵ اردیبهشت ماه ۱۳۸۸", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("۱۵ اردیبهشت سال ۱۳۸۸", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("پانزدهم اردیبهشت ۱۳۸۸", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("۵ مه ۲۰۰۹", nil, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("۵ می ۲۰۰۹", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("۱ ژانویه ۲۰۱۰ میلادی", nil, "2010-01-01", start: "2010-01-01"),
        TimeCase("۲۳ ژوئیه ۲۰۰۸", nil, "2008-07-23"),
        TimeCase("۲۳ جولای ۲۰۰۸", nil, "2008-07-23"),
        TimeCase("۱۵ اوت ۲۰۰۸", nil, "2008-08-15"),
        TimeCase("۱۵ آگوست ۲۰۰۸", nil, "2008-08-15"),
        TimeCase("2009-05-05", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("۱۳۸۸/۰۲/۱۵", nil, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("1388/2/15", nil, "2009-05-05"),
        TimeCase("۵/۲/۱۳۸۸", nil, "2009-04-25"),
        TimeCase("۲۵.۱۲.۲۰۰۸", nil, "2008-12-25"),
        TimeCase("۱۵ رمضان ۱۴۳۰", nil, "2009-09-05", start: "2009-09-05"),
        TimeCase("۱۵ رمضان ۱۴۳۰ قمری", nil, "2009-09-05"),
        TimeCase("اول محرم ۱۴۳۱", nil, "2009-12-18"),
        TimeCase("۳۰ اسفند ۱۳۸۷", nil, "2009-03-20"),
        TimeCase("روز سه شنبه ۱۵ اردیبهشت ۱۳۸۸", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("سه‌شنبه، ۱۵ اردیبهشت ۱۳۸۸", nil, "2009-05-05", start: "2009-05-05"),
        // Months of a year.
        TimeCase("اردیبهشت ۱۳۸۸", nil, "2009-05", start: "2009-04-21", end: "2009-05-21", granularity: .month),
        TimeCase("اردیبهشت ماه ۱۳۸۸", nil, "2009-05", start: "2009-04-21", end: "2009-05-21"),
        TimeCase("تیر ۱۳۸۸", nil, "2009-07", start: "2009-06-22", end: "2009-07-22"),
        TimeCase("دی ماه ۱۳۸۷", nil, "2009-01", start: "2008-12-21", end: "2009-01-19"),
        TimeCase("مه ۲۰۰۹", nil, "2009-05", start: "2009-05-01", end: "2009-05-31", granularity: .month),
        TimeCase("رمضان ۱۴۳۰", nil, "2009-09", start: "2009-08-22", end: "2009-09-19"),
        // Weekdays and relative days.
        TimeCase("روز سه شنبه", ref, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("سه‌شنبه", ref, "2009-05-05", start: "2009-05-05"),
        TimeCase("سه شنبه", nil, "XXXX-WXX-2", granularity: .day),
        TimeCase("روز جمعه", nil, "XXXX-WXX-5"),
        TimeCase("چهارشنبه", ref, "2009-05-06"),
        TimeCase("روز پنجشنبه", ref, "2009-04-30"),
        TimeCase("او روز سه شنبه به تهران خواهد آمد", ref, "2009-05-12", text: "روز سه شنبه"),
        TimeCase("دیروز", ref, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("دیروز", nil, "PAST_REF", granularity: Granularity.none),
        TimeCase("امروز", ref, "2009-05-06"),
        TimeCase("امروز", nil, "PRESENT_REF"),
        TimeCase("فردا", ref, "2009-05-07"),
        TimeCase("فردا", nil, "FUTURE_REF"),
        TimeCase("پریروز", ref, "2009-05-04"),
        TimeCase("روز گذشته", ref, "2009-05-05"),
        TimeCase("دیشب", ref, "2009-05-05TNI", start: "2009-05-05", type: .time),
        TimeCase("سه شنبه گذشته", ref, "2009-05-05"),
        TimeCase("جمعه آینده", ref, "2009-05-08"),
        TimeCase("چهارشنبه گذشته", ref, "2009-04-29"),
        TimeCase("سه شنبه گذشته", nil, "XXXX-WXX-2"),
        // Two-digit years, quarters.
        TimeCase("سال ۸۸", nil, "2009", start: "2009-03-21", end: "2010-03-20", granularity: .year),
        TimeCase("در سال 92", nil, "2013", start: "2013-03-21"),
        TimeCase("سه ماهه اول ۲۰۰۹", nil, "2009-Q1", start: "2009-01-01", end: "2009-03-31", granularity: .quarter),
        TimeCase("سه ماهه دوم ۱۳۸۸", nil, "2009-Q3", start: "2009-06-22", end: "2009-09-22"),
        TimeCase("در سال‌های ۱۳۷۰ تا ۱۳۷۵", nil, "P5Y", start: "1991-03-21", end: "1997-03-20"),
        TimeCase("۱۹۹۲ تا ۱۹۹۴", nil, "P2Y", start: "1992-01-01", end: "1994-12-31"),
        TimeCase("۲۹ اسفند ۱۳۸۸", nil, "2010-03-20", start: "2010-03-20"),
        TimeCase("۳۱ شهریور ۱۳۸۸", nil, "2009-09-22"),
        TimeCase("چند سال پیش", ref, "PAST_REF", granularity: Granularity.none),
        TimeCase("اوایل دهه ۹۰ میلادی", nil, "199", start: "1990-01-01", mod: "START"),
        TimeCase("۱۰ روز بعد", ref, "2009-05-16"),
        TimeCase("دو هفته قبل", ref, "2009-W17", start: "2009-04-20", end: "2009-04-26", granularity: .week),
        TimeCase("هر روز", nil, "P1D", type: .set),
        TimeCase("هر ماه", nil, "P1M", type: .set),
        TimeCase("بین سال‌های ۲۰۰۱ و ۲۰۰۳", nil, "P2Y", start: "2001-01-01", end: "2003-12-31"),
        TimeCase("ماه رمضان ۱۴۳۰", nil, "2009-09", granularity: .month),
        TimeCase("ماه رمضان", nil, "XXXX-XX", granularity: .month),
        TimeCase("ژوئن ۲۰۰۹", nil, "2009-06", start: "2009-06-01", end: "2009-06-30"),
        TimeCase("مرداد ماه", ref, "2009-08", start: "2009-07-23"),
        TimeCase("شهریور", nil, "XXXX-XX", granularity: .month),
        TimeCase("ساعت ۱۰ صبح روز جمعه", ref, "2009-05-01T10:00", start: "2009-05-01", type: .time),
        TimeCase("تاکنون", nil, "PRESENT_REF"),
        // Durations.
        TimeCase("طی 15 سال گذشته", nil, "P15Y", granularity: Granularity.none, type: .duration, text: "15 سال گذشته"),
        TimeCase("طی ۱۵ سال گذشته", ref, "P15Y", type: .duration),
        TimeCase("به مدت سه ماه", nil, "P3M", type: .duration, text: "سه ماه"),
        TimeCase("دو هفته", nil, "P2W", type: .duration),
        TimeCase("جنگ ۸ ساله", nil, "P8Y", type: .duration, text: "۸ ساله"),
        TimeCase("یک دوره شش ماهه", nil, "P6M", type: .duration, text: "شش ماهه"),
        TimeCase("۱۰ روز", nil, "P10D", type: .duration),
        TimeCase("چند سال", nil, "PXY", type: .duration),
        // Now.
        TimeCase("در حال حاضر", ref, "PRESENT_REF", granularity: Granularity.none),
        TimeCase("اکنون", nil, "PRESENT_REF"),
        TimeCase("هم اکنون", nil, "PRESENT_REF"),
        TimeCase("دولت کنونی", nil, "PRESENT_REF", text: "کنونی"),
        // Relative units.
        TimeCase("هفته گذشته", ref, "2009-W18", start: "2009-04-27", end: "2009-05-03", granularity: .week),
        TimeCase("هفته آینده", ref, "2009-W20", start: "2009-05-11", end: "2009-05-17"),
        TimeCase("این هفته", ref, "2009-W19"),
        TimeCase("ماه آینده", ref, "2009-06", start: "2009-05-22", end: "2009-06-21", granularity: .month),
        TimeCase("ماه گذشته", ref, "2009-04", start: "2009-03-21", end: "2009-04-20"),
        TimeCase("سال پیش", ref, "2008", start: "2008-03-20", end: "2009-03-20"),
        TimeCase("سال گذشته", ref, "2008", start: "2008-03-20", end: "2009-03-20"),
        TimeCase("پارسال", ref, "2008", start: "2008-03-20"),
        TimeCase("امسال", ref, "2009", start: "2009-03-21", end: "2010-03-20"),
        TimeCase("سال آینده", ref, "2010", start: "2010-03-21"),
        TimeCase("دو سال قبل", ref, "2007", start: "2007-03-21", end: "2008-03-19"),
        TimeCase("دو سال پیش", ref, "2007"),
        TimeCase("سه روز پیش", ref, "2009-05-03"),
        TimeCase("سه روز بعد", ref, "2009-05-09"),
        TimeCase("هفته گذشته", nil, "PAST_REF"),
        TimeCase("ماه آینده", nil, "FUTURE_REF"),
        TimeCase("دو سال قبل", nil, "PAST_REF"),
        // Months without a year, resolved by tense.
        TimeCase("اوایل اردیبهشت", ref, "2009-05", start: "2009-04-21", mod: "START"),
        TimeCase("اواخر اسفند ۱۳۸۷", nil, "2009-03", start: "2009-02-19", end: "2009-03-20", mod: "END"),
        TimeCase("اواسط سال ۱۹۹۴", nil, "1994", start: "1994-01-01", mod: "MID"),
        TimeCase("تیر ماه", ref, "2009-07", start: "2009-06-22"),
        TimeCase("۲۱ اردیبهشت", ref, "2009-05-11"),
        TimeCase("۲۱ اردیبهشت", nil, "XXXX-XX-XX", granularity: .day),
        TimeCase("۱۰ اردیبهشت", ref, "2009-04-30"),
        // A day or month of a year told relative to the reference's, and a month after its shift word.
        TimeCase("در ۳ مارس سال گذشته", ref, "2008-03-03", start: "2008-03-03", granularity: .day, text: "۳ مارس سال گذشته"),
        TimeCase("۲۰ فروردین سال آینده", ref, "2010-04-09", start: "2010-04-09"),
        TimeCase("ژوئیه سال گذشته", ref, "2008-07", start: "2008-07-01", end: "2008-07-31", granularity: .month),
        TimeCase("آوریل گذشته", ref, "2009-04", start: "2009-04-01", end: "2009-04-30"),
        TimeCase("اکتبر آینده", ref, "2009-10", start: "2009-10-01"),
        // Decades, centuries, seasons.
        TimeCase("دهه ۹۰ میلادی", nil, "199", start: "1990-01-01", end: "1999-12-31", granularity: .decade),
        TimeCase("دهه هفتاد شمسی", nil, "199", start: "1991-03-21", end: "2001-03-20", granularity: .decade),
        TimeCase("دهه ۱۳۷۰", nil, "199", start: "1991-03-21"),
        TimeCase("دهه ۱۹۹۰", nil, "199", start: "1990-01-01"),
        TimeCase("قرن بیستم", nil, "19", start: "1900-01-01", end: "1999-12-31", granularity: .century),
        TimeCase("بهار ۱۳۸۸", nil, "2009-SP", start: "2009-03-21", end: "2009-06-21", granularity: .season),
        TimeCase("تابستان ۲۰۰۹", nil, "2009-SU", start: "2009-06-21"),
        TimeCase("بهار امسال", ref, "2009-SP", start: "2009-03-21", end: "2009-06-21", granularity: .season),
        TimeCase("تابستان سال گذشته", ref, "2008-SU", start: "2008-06-21", end: "2008-09-21"),
        TimeCase("زمستان گذشته", ref, "2008-WI", start: "2008-12-21", end: "2009-03-20"),
        TimeCase("پاییز آینده", ref, "2009-FA", start: "2009-09-23"),
        TimeCase("بهار امسال", nil, "PRESENT_REF"),
        // Sets.
        TimeCase("سالانه", nil, "P1Y", type: .set),
        TimeCase("هر سال", nil, "P1Y", type: .set),
        TimeCase("هر هفته", nil, "P1W", type: .set),
        TimeCase("روزانه", nil, "P1D", type: .set),
        // Ranges.
        TimeCase("از سال ۱۹۹۲ تا ۱۹۹۴", nil, "P2Y", start: "1992-01-01", end: "1994-12-31", type: .duration),
        TimeCase("از ۱۳۷۰ تا ۱۳۷۵", nil, "P5Y", start: "1991-03-21", end: "1997-03-20"),
        TimeCase("از اردیبهشت تا تیر ۱۳۸۸", nil, "P2M", start: "2009-04-21", end: "2009-07-22"),
        // Times of day.
        TimeCase("ساعت ۱۰ صبح روز سه شنبه", ref, "2009-05-05T10:00", start: "2009-05-05", granularity: .day, type: .time),
        TimeCase("روز سه‌شنبه ساعت ۱۰ صبح", ref, "2009-05-05T10:00", start: "2009-05-05", type: .time),
        TimeCase("۱۵ اردیبهشت ۱۳۸۸ ساعت ۱۰:۳۰", nil, "2009-05-05T10:30", start: "2009-05-05", type: .time),
        TimeCase("ساعت ۱۰:۳۰", nil, "XXXX-XX-XXT10:30", granularity: Granularity.none, type: .time),
        TimeCase("ساعت ۸ شب", nil, "XXXX-XX-XXT20:00", type: .time),
        TimeCase("ساعت ۱۲ شب", nil, "XXXX-XX-XXT00:00", type: .time),
        TimeCase("ساعت ۳ بعد از ظهر", nil, "XXXX-XX-XXT15:00", type: .time),
        TimeCase("ساعت ده صبح", nil, "XXXX-XX-XXT10:00", type: .time),
        TimeCase("فردا ساعت ۹", ref, "2009-05-07T09:00", start: "2009-05-07", type: .time),
        // Decades by name; "a decade ago" is the (Solar Hijri) year ten years before.
        TimeCase("دهه نود", nil, "201", start: "2011-03-21", end: "2021-03-20", granularity: .decade),
        TimeCase("در دهه هشتاد", nil, "200", start: "2001-03-21", text: "دهه هشتاد"),
        TimeCase("دهه نود میلادی", nil, "199", start: "1990-01-01", end: "1999-12-31"),
        TimeCase("یک دهه پیش", ref, "1999", start: "1999-03-21", end: "2000-03-19", granularity: .year),
        TimeCase("دو دهه پیش", ref, "1989", start: "1989-03-21", granularity: .year),
        TimeCase("یک دهه پیش", nil, "PAST_REF"),
    ]

    @Test(arguments: explicit)
    func explicitRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    static let solarMonths = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
    static let lunarMonths = ["محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب", "شعبان",
                              "رمضان", "شوال", "ذی القعده", "ذی الحجه"]
    static let gregorianMonths = [["ژانویه"], ["فوریه"], ["مارس"], ["آوریل"], ["مه", "می"], ["ژوئن"], ["ژوئیه", "جولای"],
                                  ["اوت", "آگوست"], ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"]]

    /// Every Solar Hijri month with a few days and years, in both digit sets,
    /// checked against the independent table of month starts.
    static let solarDays: [TimeCase] = solarMonths.enumerated().flatMap { index, name in
        [(1, 1388), (15, 1373), (29, 1399)].flatMap { day, year -> [TimeCase] in
            guard let first = TimeTesting.monthStart(.solarHijri, year, index + 1) else { return [] }
            let date = CalendarConverter.adding(days: day - 1, to: first)
            return [TimeCase("\(day) \(name) \(year)", nil, date.iso, start: date.iso, granularity: .day),
                    TimeCase(TimeTesting.persianDigits("\(day) \(name) ماه \(year)"), nil, date.iso, start: date.iso, granularity: .day)]
        }
    }

    @Test(arguments: solarDays)
    func solarHijriDays(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    static let solarMonthYears: [TimeCase] = solarMonths.enumerated().flatMap { index, name in
        [1373, 1388, 1402].compactMap { year -> TimeCase? in
            guard let first = TimeTesting.monthStart(.solarHijri, year, index + 1),
                  let next = index == 11 ? TimeTesting.monthStart(.solarHijri, year + 1, 1)
                                         : TimeTesting.monthStart(.solarHijri, year, index + 2) else { return nil }
            let end = CalendarConverter.adding(days: -1, to: next)
            let middle = CalendarConverter.date(dayNumber: (CalendarConverter.dayNumber(first) + CalendarConverter.dayNumber(end)) / 2)
            return TimeCase(TimeTesting.persianDigits("\(name) \(year)"), nil, "\(middle.year)-\(TimeTesting.pad(middle.month))",
                            start: first.iso, end: end.iso, granularity: .month)
        }
    }

    @Test(arguments: solarMonthYears)
    func solarHijriMonths(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    /// Days written as ordinal words: "پانزدهم اردیبهشت ۱۳۸۸", "بیست و یکم آذر ۱۳۷۳".
    static let ordinalDays: [TimeCase] = solarMonths.enumerated().flatMap { index, name in
        [("یکم", 1), ("پانزدهم", 15), ("بیست و یکم", 21)].compactMap { word, day -> TimeCase? in
            guard let first = TimeTesting.monthStart(.solarHijri, 1373, index + 1) else { return nil }
            let date = CalendarConverter.adding(days: day - 1, to: first)
            return TimeCase(TimeTesting.persianDigits("\(word) \(name) 1373"), nil, date.iso, start: date.iso, granularity: .day)
        }
    }

    @Test(arguments: ordinalDays)
    func ordinalDayRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    static let lunarDays: [TimeCase] = lunarMonths.enumerated().flatMap { index, name in
        [(1, 1430), (10, 1415)].compactMap { day, year -> TimeCase? in
            // Foundation's Umm al-Qura calendar is the converter's source; see CalendarConverterTests
            // for how it compares with the independent table.
            guard let date = CalendarConverter.gregorian(year: year, month: index + 1, day: day, in: .lunarHijri) else { return nil }
            return TimeCase(TimeTesting.persianDigits("\(day) \(name) \(year) قمری"), nil, date.iso, start: date.iso, granularity: .day)
        }
    }

    @Test(arguments: lunarDays)
    func lunarHijriDays(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    static let gregorianDays: [TimeCase] = gregorianMonths.enumerated().flatMap { index, names in
        names.flatMap { name in
            [(1, 2009), (12, 1994), (28, 2015)].map { day, year in
                let iso = "\(year)-\(TimeTesting.pad(index + 1))-\(TimeTesting.pad(day))"
                return TimeCase(TimeTesting.persianDigits("\(day) \(name) \(year)"), nil, iso, start: iso, granularity: .day)
            }
        }
    }

    @Test(arguments: gregorianDays)
    func gregorianDaysInPersian(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    /// Bare years: 1300–1499 read as Solar Hijri, 1800–2099 as Gregorian.
    static let bareYears: [TimeCase] = stride(from: 1300, through: 1499, by: 7).compactMap { year -> TimeCase? in
        guard let first = TimeTesting.monthStart(.solarHijri, year, 1),
              let next = TimeTesting.monthStart(.solarHijri, year + 1, 1) else { return nil }
        return TimeCase(TimeTesting.persianDigits("در \(year) "), nil, String(year + 621), start: first.iso,
                        end: CalendarConverter.adding(days: -1, to: next).iso, granularity: .year)
    } + stride(from: 1900, through: 2099, by: 9).map { year in
        TimeCase("سال \(year)", nil, String(year), start: "\(year)-01-01", end: "\(year)-12-31", granularity: .year)
    }

    @Test(arguments: bareYears)
    func years(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    static let weekdays: [TimeCase] = [
        ("دوشنبه", 1), ("دو شنبه", 1), ("سه شنبه", 2), ("سه‌شنبه", 2), ("چهارشنبه", 3), ("پنجشنبه", 4), ("پنج‌شنبه", 4),
        ("جمعه", 5), ("شنبه", 6), ("یکشنبه", 7), ("یک‌شنبه", 7),
    ].flatMap { name, number -> [TimeCase] in
        // Reference Wednesday 2009-05-06: the most recent such day on or before it.
        let back = (3 - number + 7) % 7
        let day = CalendarConverter.adding(days: -back, to: DayDate(year: 2009, month: 5, day: 6))
        return [TimeCase("روز \(name)", ref, day.iso, start: day.iso, granularity: .day),
                TimeCase(name, nil, "XXXX-WXX-\(number)", granularity: .day)]
    }

    @Test(arguments: weekdays)
    func weekdayRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .persian)
    }

    static let negatives = [
        "آذربایجان", "آذربایجان شرقی", "تیر", "او یک تیر شلیک کرد", "مهر", "مهر و محبت", "برنامه و مهر و موم تاسیسات", "دی", "خرداد", "1994 نفر",
        "۱۳۷۳ نفر کشته شدند", "۲۰۰۰ سرباز", "پانزدهمین سال", "پانزدهمین سالگرد", "۱۵ نفر", "۱۹۹۴ دلار", "۲۵ درصد",
        "۳۰ اسفند ۱۳۸۸", "۳۱ مهر ۱۳۸۸", "۳۱ فوریه ۲۰۰۹", "۳۰ فوریه ۲۰۰۸", "صفر", "رجب", "۱۲۳۴۵", "۱۲٬۳۴۵", "شماره ۱۲۰",
        "ماده ۲۳", "بند ۵", "۱۱۰", "بیست و پنج", "دو هزار نفر", "یک تیر", "صفر درصد", "رجب طیب اردوغان", "۱,۹۹۴", "۱۹۹۴.۵", "محمد", "شهریار", "بهمنی", "مه غلیظ", "مهرداد",
        "ساعت", "صبح", "ساعت ۳۰", "دومین سال متوالی", "دهمین سال", "پانزدهمین سال برقراری روابط",
    ]

    @Test(arguments: negatives)
    func nothing(phrase: String) throws {
        try TimeTesting.checkNothing(phrase, language: .persian)
    }
}
