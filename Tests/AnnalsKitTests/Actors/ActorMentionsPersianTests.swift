import Testing
@testable import AnnalsKit

/// Persian sentences (written for these tests) and the actors they mention.
@Suite("Actor mentions in Persian")
struct ActorMentionsPersianTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let sentence: String
        let expected: [String]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "دبیر کل ناتو وارد باکو شد.", expected: ["NATO:spokesperson", "AZE:city:Baku"]),
        Case(sentence: "دبیرکل ناتو با رئیس جمهور آذربایجان دیدار کرد.", expected: ["NATO:spokesperson", "AZE:spokesperson"]),
        Case(sentence: "\" آراز عظیم اف \" معاون وزیر امور خارجه جمهوری آذربایجان به بروکسل رفت.",
             expected: ["AZE:spokesperson:آراز عظیم اف", "BEL:city:Brussels"]),
        Case(sentence: "معاون وزیر امور خارجه جمهوری آذربایجان در این نشست شرکت کرد.", expected: ["AZE:spokesperson"]),
        Case(sentence: "وزیر خارجه ترکیه فردا به تهران می رود.", expected: ["TUR:spokesperson", "IRN:city:Tehran"]),
        Case(sentence: "رییس جمهور آمریکا از روسیه انتقاد کرد.", expected: ["USA:spokesperson", "RUS:name"]),
        Case(sentence: "رئیس‌جمهور سابق گرجستان بازداشت شد.", expected: ["GEO:spokesperson"]),
        Case(sentence: "سفیر ایران در باکو احضار شد.", expected: ["IRN:spokesperson", "AZE:city:Baku"]),
        Case(sentence: "سخنگوی وزارت امور خارجه ایران این اقدام را محکوم کرد.", expected: ["IRN:spokesperson"]),
        Case(sentence: "نخست وزیر ارمنستان به مسکو سفر کرد.", expected: ["ARM:spokesperson", "RUS:city:Moscow"]),
        Case(sentence: "وزیر دفاع روسیه با همتای چینی خود گفت و گو کرد.", expected: ["RUS:spokesperson", "CHN:demonym"]),
        Case(sentence: "ناتو و اتحادیه اروپا بیانیه مشترکی صادر کردند.", expected: ["NATO:name", "EU:name"]),
        Case(sentence: "همکاری های آذربایجان و ناتو گسترش می یابد.", expected: ["AZE:name", "NATO:name"]),
        Case(sentence: "نیروهای ناتوی مستقر در افغانستان افزایش یافت.", expected: ["NATO:name", "AFG:name"]),
        Case(sentence: "مقامات آمریکایی به کابل رفتند.", expected: ["USA:demonym", "AFG:city:Kabul"]),
        Case(sentence: "دیپلمات های ایرانی و آذربایجانی دیدار کردند.", expected: ["IRN:demonym", "AZE:demonym"]),
        Case(sentence: "شورای امنیت سازمان ملل قطعنامه ای تصویب کرد.", expected: ["UNSC:name"]),
        Case(sentence: "سازمان ملل متحد خواستار آتش بس شد.", expected: ["UN:name"]),
        Case(sentence: "سازمان امنیت و همکاری اروپا ناظرانی فرستاد.", expected: ["OSCE:name"]),
        Case(sentence: "آژانس بین المللی انرژی اتمی گزارش تازه ای منتشر کرد.", expected: ["IAEA:name"]),
        Case(sentence: "سازمان همکاری شانگهای در تاشکند نشست داشت.", expected: ["SCO:name", "UZB:city:Tashkent"]),
        Case(sentence: "اعضای اوپک تولید نفت را کاهش دادند.", expected: ["OPEC:name"]),
        Case(sentence: "صندوق بین‌المللی پول وامی به پاکستان داد.", expected: ["IMF:name", "PAK:name"]),
        Case(sentence: "بانک جهانی رشد اقتصادی چین را پیش بینی کرد.", expected: ["WB:name", "CHN:name"]),
        Case(sentence: "اتحادیه عرب نشست فوق العاده ای در قاهره برگزار کرد.", expected: ["LAS:name", "EGY:city:Cairo"]),
        Case(sentence: "هیاتی از کشورهای مستقل مشترک المنافع به کی‌یف رفت.", expected: ["CIS:name", "UKR:city:Kyiv"]),
        Case(sentence: "پیمان امنیت جمعی رزمایش برگزار کرد.", expected: ["CSTO:name"]),
        Case(sentence: "سازمان همکاری اسلامی در جده تشکیل جلسه داد.", expected: ["OIC:name", "SAU:city:Jeddah"]),
        Case(sentence: "انگلیس و فرانسه از این طرح حمایت کردند.", expected: ["GBR:name", "FRA:name"]),
        Case(sentence: "امريكا و كره شمالي مذاکره کردند.", expected: ["USA:name", "PRK:name"]),
        Case(sentence: "گرجستان خواهان عضویت در اتحادیه اروپایی است.", expected: ["GEO:name", "EU:name"]),
        Case(sentence: "نماینده دائم ایران در سازمان ملل سخنرانی کرد.", expected: ["IRN:spokesperson", "UN:name"]),
        Case(sentence: "فرمانده نیروهای ناتو در اروپا تغییر کرد.", expected: ["NATO:name"]),
        Case(sentence: "فرمانده ناتو در اروپا تغییر کرد.", expected: ["NATO:spokesperson"]),
        Case(sentence: "ایران و ترکیه در آنکارا توافق کردند.", expected: ["IRN:name", "TUR:name", "TUR:city:Ankara"]),
        Case(sentence: "شرکت های ترکیه ای در ایروان فعالند.", expected: ["TUR:demonym", "ARM:city:Yerevan"]),
        Case(sentence: "وزیر امور خارجه جمهوری اسلامی ایران \" محمد جواد ظریف \" گفت.", expected: ["IRN:spokesperson:محمد جواد ظریف"]),
        Case(sentence: "سفرای اروپایی و دبیر کل سازمان ملل دیدار کردند.", expected: ["UN:spokesperson"]),
        Case(sentence: "جمهوری آذربايجان با ارمنستان مرز دارد.", expected: ["AZE:name", "ARM:name"]),
        Case(sentence: "مردم استان آذربایجان شرقی به تبریز آمدند.", expected: ["IRN:city:East Azerbaijan", "IRN:city:Tabriz"]),
        Case(sentence: "گروه بیست در ژاپن جمع شدند.", expected: ["G20:name", "JPN:name"]),
        Case(sentence: "پارلمان اروپا قطعنامه ای درباره قره‌باغ صادر کرد.", expected: ["EP:name", "AZE:city:Nagorno-Karabakh"]),
        Case(sentence: "اسراييل و عربستان سعودی گفت و گو کردند.", expected: ["ISR:name", "SAU:name"]),
        Case(sentence: "رئیس جمهور پیشین فرانسه به دادگاه رفت.", expected: ["FRA:spokesperson"]),
        Case(sentence: "وزیر خارجه کشور ترکیه به باکو رفت.", expected: ["TUR:spokesperson", "AZE:city:Baku"]),
        Case(sentence: "وزیر کشور ترکیه استعفا داد.", expected: ["TUR:spokesperson"]),
        Case(sentence: "کشورهای آمریکای لاتین با ونزوئلا همراهی کردند.", expected: ["VEN:name"]),
        Case(sentence: "او به زبان انگلیسی با سفیر بریتانیا صحبت کرد.", expected: ["GBR:spokesperson"]),
        Case(sentence: "کارشناسان انگلیسی و نیروهای ناتو", expected: ["GBR:demonym", "NATO:name"]),
    ]

    @Test(arguments: cases)
    func mentions(_ testCase: Case) throws {
        let actual = try ActorTestSupport.describe(testCase.sentence, language: .persian)
        #expect(actual == testCase.expected)
    }

    typealias RoleCase = ActorTestSupport.RoleCase

    static let roleCases: [RoleCase] = [
        RoleCase(sentence: "دبیر کل ناتو گفت.", role: "Secretary General", isFormer: false),
        RoleCase(sentence: "معاون وزیر امور خارجه جمهوری آذربایجان گفت.", role: "Deputy Foreign Minister", isFormer: false),
        RoleCase(sentence: "رییس جمهور سابق گرجستان گفت.", role: "President", isFormer: true),
        RoleCase(sentence: "سخنگوی وزارت خارجه روسیه گفت.", role: "Foreign Ministry Spokesperson", isFormer: false),
        RoleCase(sentence: "نماینده ویژه اتحادیه اروپا گفت.", role: "Special Representative", isFormer: false),
        RoleCase(sentence: "رئیس جمهوری آذربایجان گفت.", role: "President", isFormer: false),
        RoleCase(sentence: "رییس جمهوری اسلامی ایران گفت.", role: "President", isFormer: false),
        RoleCase(sentence: "رئیس سازمان ملل گفت.", role: "Head", isFormer: false),
        RoleCase(sentence: "معاون دبیر کل ناتو گفت.", role: "Deputy Secretary General", isFormer: false),
    ]

    @Test(arguments: roleCases)
    func role(_ testCase: RoleCase) throws {
        try ActorTestSupport.check(testCase, language: .persian)
    }

    @Test func mentionCoversRoleNameAndQuotes() throws {
        let sentence = "دیروز \" آراز عظیم اف \" معاون وزیر امور خارجه جمهوری آذربایجان گفت."
        let text = try ActorTestSupport.analyzer.get().analyze(sentence, language: .persian)
        let mention = try #require(try ActorTestSupport.gazetteer.get().mentions(in: text).first)
        #expect(text.originalText(ofTokens: mention.tokenRange)
                == "\" آراز عظیم اف \" معاون وزیر امور خارجه جمهوری آذربایجان")
    }

    static let negatives: [String] = [
        "او دیروز خانه را ترک کرد.",
        "مذاکرات ترک ها و کردها ادامه دارد.",
        "این گزارش مالی شرکت است.",
        "او بر موضع خود مصر است.",
        "هوای امروز سرد است و باران می بارد.",
        "رئیس این شرکت استعفا داد.",
        "سخنگوی دولت گفت که جلسه فردا برگزار می شود.",
        "او یک چک بی محل کشید.",
        "دوشنبه جلسه ای برگزار می شود.",
        "آذر ماه امسال باران زیادی بارید.",
    ]

    @Test(arguments: negatives)
    func noActor(_ sentence: String) throws {
        let actual = try ActorTestSupport.describe(sentence, language: .persian)
        #expect(actual == [])
    }
}
