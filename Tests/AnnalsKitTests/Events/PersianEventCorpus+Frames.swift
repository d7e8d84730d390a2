/// Persian sentences of our own whose event depends on its frame: a purpose clause after a
/// verb that carries it out, a clause that follows from the one before. Read against the
/// same reference day as ``PersianEventCorpus``.
extension PersianEventCorpus {
    static let frames: [EventCorpusCase] = [
        // Sending troops or people "تا … کمک کنند" is the aid given, asserted.
        .init("روسیه و بلاروس روز دوشنبه صدها سرباز را به قزاقستان سرازیر کردند تا به نیروهای امنیتی این کشور کمک کنند.",
              "070 RUS>BLR,KAZ @2024-03-11"),
        .init("مصر ۵۰۰ سرباز، اردن ۳۰۰ سرباز را به لیبی فرستادند تا به ارتش این کشور کمک کنند.", "070 EGY>JOR,LBY"),
        // Planned sending: the aid stays a plan.
        .init("ترکیه قرار است سربازانی به لیبی بفرستد تا به دولت این کشور کمک کنند.", "070 TUR>LBY hyp"),
        // Sending with no aid named, or to prevent something, is no aid.
        .init("ارتش صدها سرباز را به مرز سرازیر کرد."),
        .init("وزیر دفاع روز دوشنبه نیروهای تازه‌ای به مرز فرستاد تا از حمله شورشیان جلوگیری کنند."),
        // Asking someone to help is an appeal, not aid.
        .init("پاکستان روز دوشنبه از ترکیه خواست تا به زلزله‌زدگان کمک کند.", "020 PAK>TUR @2024-03-11"),
        // "در همین راستا": what followed took place when the act before it did.
        .init("رئیس جمهور لبنان روز دوشنبه از اتحادیه عرب خواست به این کشور کمک کند که در همین راستا قطر و کویت پزشکانی به بیروت فرستادند تا به بیمارستان‌های لبنان کمک کنند.",
              "020 LBN>LAS @2024-03-11", "070 QAT>KWT,LBN @2024-03-11"),
        .init("سازمان ملل ماه گذشته هیئتی به سودان فرستاد و در همین راستا اتحادیه آفریقا با دولت سودان گفتگو کرد.",
              "040 AU>SDN"),
        // "ساعاتی پس از آغاز آتش‌بس": placed against an event told before, the clause takes its
        // date; capitals after the comma that opens the clause stand for their governments.
        .init("توافق آتش‌بس روز شنبه میان روسیه و اوکراین حاصل شد اما ساعاتی پس از آغاز آتش‌بس، مسکو و کی‌یف به مواضع همدیگر حمله کردند.",
              "0871 RUS>UKR @2024-03-09", "190 RUS>UKR @2024-03-09"),
        .init("جنگ میان عراق و ایران در سال ۱۹۸۰ آغاز شد. اندکی پس از آغاز جنگ، بغداد و تهران با یکدیگر گفتگو کردند.",
              "190 IRQ>IRN @1980", "040 IRQ>IRN @1980"),
        // A gap written before the anchor ("دو سال پس از") moves the date away from the event.
        .init("جنگ میان عراق و ایران در سال ۱۹۸۰ آغاز شد. دو سال پس از جنگ، بغداد و تهران مذاکره کردند.",
              "190 IRQ>IRN @1980", "046 IRQ>IRN"),
        // Places on a list after a comma stay places.
        .init("وزیر خارجه روسیه در سفر به ترکیه، آنکارا و استانبول با مقامات دیدار کرد.", "040 RUS>TUR"),
        // An act told as done takes no date after the day of writing: that date is the plan's,
        // and the act told beside it is news of the day.
        .init("وزیر خارجه مصر که قرار است ماه آینده به ترکیه سفر کند، از همتای ترک خود برای سفر به قاهره دعوت کرد.",
              "020 EGY>TUR @2024-03-13"),
        .init("رئیس جمهور فرانسه از صدراعظم آلمان دعوت کرده است که روز ۲۸ اسفند به پاریس سفر کند.",
              "020 FRA>DEU @2024-03-13"),
        .init("وزیر خارجه مصر ماه آینده به ترکیه سفر خواهد کرد.", "042 EGY>TUR hyp @2024-04"),
        // Agreeing "به برگزاری / به ادامه" an act is the intention to do it; "طرفین" after an
        // event between two in the same sentence are its two sides, on its occasion.
        .init("رئیس جمهور فرانسه در سفر ماه گذشته خود به الجزایر ناکام ماند با این حال طرفین به برگزاری دور تازه مذاکرات توافق کردند.",
              "042 FRA>DZA @2024-02", "036 FRA>DZA @2024-02"),
        .init("ایران و عمان روز دوشنبه به ادامه گفتگوها توافق کردند.", "036 IRN>OMN @2024-03-11"),
        // An event noun that is no act to be done leaves the agreement as it is.
        .init("پس از آغاز مذاکرات، ایران و عمان روز دوشنبه توافق کردند.", "057 IRN>OMN @2024-03-11"),
        // "در نشستی که … برگزار شد، …": the frame is an event of its own, with the actors of
        // the main clause, and dates the main clause.
        .init("در نشستی که روز دوشنبه در وین برگزار شد، ایران با آژانس بین‌المللی انرژی اتمی گفتگو کرد.",
              "040 IRN>IAEA @2024-03-11"),
        .init("در سفری که هفته گذشته به پکن انجام شد، رئیس جمهور ایران از چین خواست به طرح صلح کمک کند.",
              "042 IRN>CHN @2024-W10", "020 IRN>CHN @2024-W10"),
        // A request with a deadline is a demand; without one, an appeal.
        .init("در مذاکرات سه جانبه‌ای که ماه گذشته در ژنو برگزار شد، روسیه از اوکراین خواست در مدت دو هفته نیروهایش را عقب بکشد.",
              "046 RUS>UKR @2024-02", "100 RUS>UKR @2024-02"),
        .init("ترکیه روز دوشنبه از سوریه خواست ظرف یک هفته نیروهایش را از مرز عقب بکشد.", "100 TUR>SYR @2024-03-11"),
        .init("روسیه روز دوشنبه از اوکراین خواست نیروهایش را عقب بکشد.", "020 RUS>UKR @2024-03-11"),
    ]
}
