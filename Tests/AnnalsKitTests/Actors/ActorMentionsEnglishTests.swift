import Testing
@testable import AnnalsKit

/// English sentences (written for these tests) and the actors they mention.
@Suite("Actor mentions in English")
struct ActorMentionsEnglishTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let sentence: String
        let expected: [String]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "NATO Secretary General Jaap de Hoop Scheffer arrived in Baku on Tuesday.",
             expected: ["NATO:spokesperson:Jaap de Hoop Scheffer", "AZE:city:Baku"]),
        Case(sentence: "The Azerbaijani deputy foreign minister met officials in Brussels.",
             expected: ["AZE:spokesperson", "BEL:city:Brussels"]),
        Case(sentence: "The deputy foreign minister of Azerbaijan visited NATO headquarters.",
             expected: ["AZE:spokesperson", "NATO:name"]),
        Case(sentence: "Araz Azimov, deputy foreign minister of Azerbaijan, said talks went well.",
             expected: ["AZE:spokesperson:Araz Azimov"]),
        Case(sentence: "Elmar Mammadyarov, the foreign minister of the Republic of Azerbaijan, flew to Ankara.",
             expected: ["AZE:spokesperson:Elmar Mammadyarov", "TUR:city:Ankara"]),
        Case(sentence: "President Ilham Aliyev of Azerbaijan spoke in Davos.",
             expected: ["AZE:spokesperson:Ilham Aliyev", "CHE:city:Davos"]),
        Case(sentence: "Turkish President Recep Tayyip Erdogan called Vladimir Putin.",
             expected: ["TUR:spokesperson:Recep Tayyip Erdogan"]),
        Case(sentence: "Iran's foreign minister met his Iraqi counterpart in Baghdad.",
             expected: ["IRN:spokesperson", "IRQ:demonym", "IRQ:city:Baghdad"]),
        Case(sentence: "The former Georgian president was arrested in Tbilisi.",
             expected: ["GEO:spokesperson", "GEO:city:Tbilisi"]),
        Case(sentence: "The U.S. and the EU imposed sanctions on Russia.",
             expected: ["USA:name", "EU:name", "RUS:name"]),
        Case(sentence: "US officials said the deal was close.", expected: ["USA:name"]),
        Case(sentence: "The United States of America and China signed a trade deal.", expected: ["USA:name", "CHN:name"]),
        Case(sentence: "The United Nations Security Council met on Friday.", expected: ["UNSC:name"]),
        Case(sentence: "The UN General Assembly adopted a resolution.", expected: ["UNGA:name"]),
        Case(sentence: "The WHO declared a pandemic.", expected: ["WHO:name"]),
        Case(sentence: "The World Health Organization warned Brazil.", expected: ["WHO:name", "BRA:name"]),
        Case(sentence: "The OSCE sent observers to Armenia and Azerbaijan.", expected: ["OSCE:name", "ARM:name", "AZE:name"]),
        Case(sentence: "Ukraine asked the North Atlantic Treaty Organization for help.", expected: ["UKR:name", "NATO:name"]),
        Case(sentence: "The IAEA inspectors left Tehran.", expected: ["IAEA:name", "IRN:city:Tehran"]),
        Case(sentence: "The International Monetary Fund lent money to Egypt.", expected: ["IMF:name", "EGY:name"]),
        Case(sentence: "OPEC and Russia agreed to cut output.", expected: ["OPEC:name", "RUS:name"]),
        Case(sentence: "Leaders of the G7 met in Germany.", expected: ["G7:name", "DEU:name"]),
        Case(sentence: "The G-20 summit opened in New Delhi.", expected: ["G20:name", "IND:city:New Delhi"]),
        Case(sentence: "The Shanghai Cooperation Organisation admitted Iran.", expected: ["SCO:name", "IRN:name"]),
        Case(sentence: "The African Union suspended Mali.", expected: ["AU:name", "MLI:name"]),
        Case(sentence: "The Arab League condemned the attack.", expected: ["LAS:name"]),
        Case(sentence: "Kyiv and Kiev are two spellings of the same city.", expected: ["UKR:city:Kyiv", "UKR:city:Kyiv"]),
        Case(sentence: "Talks between Britain and Turkey took place in London.",
             expected: ["GBR:name", "TUR:name", "GBR:city:London"]),
        Case(sentence: "Côte d’Ivoire and Ivory Coast are one country.", expected: ["CIV:name", "CIV:name"]),
        Case(sentence: "Bosnia and Herzegovina applied to join the European Union.", expected: ["BIH:name", "EU:name"]),
        Case(sentence: "Trinidad and Tobago sent troops.", expected: ["TTO:name"]),
        Case(sentence: "Papua New Guinea and Guinea-Bissau voted yes.", expected: ["PNG:name", "GNB:name"]),
        Case(sentence: "The Democratic Republic of the Congo closed its border.", expected: ["COD:name"]),
        Case(sentence: "Israeli and Palestinian negotiators met in Cairo.",
             expected: ["ISR:demonym", "PSE:demonym", "EGY:city:Cairo"]),
        Case(sentence: "The Russian defence minister visited Minsk.", expected: ["RUS:spokesperson", "BLR:city:Minsk"]),
        Case(sentence: "The EU foreign policy chief met the Iranian ambassador.",
             expected: ["EU:spokesperson", "IRN:spokesperson"]),
        Case(sentence: "The Azerbaijani foreign ministry spokesman Hikmet Hajiyev denied the report.",
             expected: ["AZE:spokesperson:Hikmet Hajiyev"]),
        Case(sentence: "The head of the IAEA arrived in Vienna.", expected: ["IAEA:spokesperson", "AUT:city:Vienna"]),
        Case(sentence: "Saudi Arabia and the UAE restored ties with Qatar.", expected: ["SAU:name", "ARE:name", "QAT:name"]),
        Case(sentence: "North Korea fired a missile towards Japan.", expected: ["PRK:name", "JPN:name"]),
        Case(sentence: "South Korean and American troops held drills.", expected: ["KOR:demonym", "USA:demonym"]),
        Case(sentence: "The Council of Europe criticised Azerbaijan.", expected: ["COE:name", "AZE:name"]),
        Case(sentence: "GUAM leaders met in Kyiv.", expected: ["GUAM:name", "UKR:city:Kyiv"]),
        Case(sentence: "Guam is a US territory.", expected: ["GUM:name", "USA:name"]),
        Case(sentence: "The International Criminal Court issued a warrant.", expected: ["ICC:name"]),
        Case(sentence: "Latin America and the United States disagreed.", expected: ["USA:name"]),
        Case(sentence: "Albuquerque, New Mexico hosted a meeting with Mexico.",
             expected: ["USA:city:New Mexico", "MEX:name"]),
        Case(sentence: "The Iranian ambassador to Azerbaijan was summoned.", expected: ["IRN:spokesperson", "AZE:name"]),
    ]

    @Test(arguments: cases)
    func mentions(_ testCase: Case) throws {
        let actual = try ActorTestSupport.describe(testCase.sentence, language: .english)
        #expect(actual == testCase.expected)
    }

    typealias RoleCase = ActorTestSupport.RoleCase

    static let roleCases: [RoleCase] = [
        RoleCase(sentence: "NATO Secretary General Jaap de Hoop Scheffer spoke.", role: "Secretary General", isFormer: false),
        RoleCase(sentence: "The Azerbaijani deputy foreign minister spoke.", role: "Deputy Foreign Minister", isFormer: false),
        RoleCase(sentence: "The former Georgian president spoke.", role: "President", isFormer: true),
        RoleCase(sentence: "The acting defence minister of Armenia spoke.", role: "Acting Defence Minister", isFormer: false),
        RoleCase(sentence: "A spokesman of the UN spoke.", role: "Spokesperson", isFormer: false),
    ]

    @Test(arguments: roleCases)
    func role(_ testCase: RoleCase) throws {
        try ActorTestSupport.check(testCase, language: .english)
    }

    @Test func mentionCoversActorRoleAndName() throws {
        let sentence = "Yesterday NATO Secretary General Jaap de Hoop Scheffer said so."
        let text = try ActorTestSupport.analyzer.get().analyze(sentence, language: .english)
        let mention = try #require(try ActorTestSupport.gazetteer.get().mentions(in: text).first)
        #expect(text.originalText(ofTokens: mention.tokenRange) == "NATO Secretary General Jaap de Hoop Scheffer")
    }

    static let negatives: [String] = [
        "Let us know who called.",
        "He told us the weather was fine.",
        "Who said that?",
        "The president of the club resigned.",
        "She wore a jersey to the match.",
        "The eco-friendly pace of change surprised everyone.",
        "The minister said the budget is ready.",
        "Nobody came to the meeting on Monday.",
    ]

    @Test(arguments: negatives)
    func noActor(_ sentence: String) throws {
        let actual = try ActorTestSupport.describe(sentence, language: .english)
        #expect(actual == [])
    }
}
