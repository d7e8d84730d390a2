import Testing
@testable import AnnalsKit

/// The ambiguity rules written down on ``Gazetteer`` and in `actors/context-rules.tsv`.
@Suite("Actor ambiguity rules")
struct ActorAmbiguityTests {
    static let persian: [(String, [String])] = [
        // Iran's provinces of East and West Azerbaijan are places in Iran, not the country.
        ("زلزله در آذربایجان شرقی خسارت زد.", ["IRN:city:East Azerbaijan"]),
        ("مرز آذربایجان غربی با ترکیه بسته شد.", ["IRN:city:West Azerbaijan", "TUR:name"]),
        ("استاندار استان آذربایجان غربی گفت.", ["IRN:city:West Azerbaijan"]),
        ("مردم استان آذربایجان به پای صندوق رفتند.", ["IRN:city:Azerbaijan region (Iran)"]),
        ("استان های آذربایجان شرقی و غربی", ["IRN:city:East Azerbaijan"]),
        // ... while the country is the country.
        ("آذربایجان و ارمنستان توافق کردند.", ["AZE:name", "ARM:name"]),
        ("جمهوری آذربایجان شرقی ترین کشور قفقاز است.", ["AZE:name"]),
        // A news agency's desk is not the country.
        ("خبرگزاری ما / سرویس آذربایجان : ناتو بیانیه داد.", ["NATO:name"]),
        // "ترک" is not taken as Türkiye: it is also "leaving" and Iran's Turkic speakers.
        ("او تهران را ترک کرد.", ["IRN:city:Tehran"]),
        ("گردشگران ترک به تبریز آمدند.", ["IRN:city:Tabriz"]),
        ("گردشگران ترکیه ای به تبریز آمدند.", ["TUR:demonym", "IRN:city:Tabriz"]),
        // "مصر" before a copula is "insistent", not Egypt.
        ("ایران بر مواضع خود مصر است.", ["IRN:name"]),
        ("مصر و اردن مذاکره کردند.", ["EGY:name", "JOR:name"]),
        // "مالی" is "financial"; Mali is still found by resolve().
        ("کمک مالی اتحادیه اروپا", ["EU:name"]),
    ]

    @Test(arguments: persian)
    func persianRule(_ sentence: String, _ expected: [String]) throws {
        let actual = try ActorTestSupport.describe(sentence, language: .persian)
        #expect(actual == expected)
    }

    static let english: [(String, [String])] = [
        ("The storm hit Atlanta, Georgia on Monday.", ["USA:city:Atlanta", "USA:city:Georgia (U.S. state)"]),
        ("Savannah is a city in Georgia, U.S. and a port.", ["USA:city:Georgia (U.S. state)", "USA:name"]),
        ("The Georgia state senate voted.", ["USA:city:Georgia (U.S. state)"]),
        ("He moved to the state of Georgia.", ["USA:city:Georgia (U.S. state)"]),
        ("Georgia and Armenia signed a deal.", ["GEO:name", "ARM:name"]),
        ("Russia withdrew from Georgia in 2008.", ["RUS:name", "GEO:name"]),
        ("Let us talk about the US position.", ["USA:name"]),
        ("WHO experts and who else?", ["WHO:name"]),
        ("Chad and Niger closed the border.", ["TCD:name", "NER:name"]),
    ]

    @Test(arguments: english)
    func englishRule(_ sentence: String, _ expected: [String]) throws {
        let actual = try ActorTestSupport.describe(sentence, language: .english)
        #expect(actual == expected)
    }
}
