import Testing
@testable import AnnalsKit

/// A phrase, what it should be read as, and whether it is a whole trigger.
struct TriggerCase: Sendable, CustomTestStringConvertible {
    let phrase: String
    let cameo: String?
    let kind: TriggerKind
    let polarity: Polarity
    let modality: Modality
    let passive: Bool

    init(_ phrase: String, _ cameo: String?, _ kind: TriggerKind = .verb, _ polarity: Polarity = .positive,
         _ modality: Modality = .asserted, passive: Bool = false) {
        self.phrase = phrase
        self.cameo = cameo
        self.kind = kind
        self.polarity = polarity
        self.modality = modality
        self.passive = passive
    }

    var testDescription: String { phrase }
}

private let analyzer = Result { try TextAnalyzer() }
private let persian = Result { try TriggerLexicon(language: .persian) }
private let english = Result { try TriggerLexicon(language: .english) }

/// The single trigger that covers all of `phrase`, or nil.
private func wholeMatch(_ phrase: String, in lexicon: TriggerLexicon) throws -> TriggerMatch? {
    let text = try analyzer.get().analyze(phrase, language: lexicon.language)
    let found = lexicon.matches(in: text, tokens: text.tokens.indices)
    guard found.count == 1, found[0].tokenRange == text.tokens.indices else { return nil }
    return found[0]
}

private func check(_ item: TriggerCase, in lexicon: TriggerLexicon) throws {
    let match = try #require(try wholeMatch(item.phrase, in: lexicon), "no single trigger covers '\(item.phrase)'")
    #expect(match.trigger.cameo == item.cameo)
    #expect(match.trigger.kind == item.kind)
    #expect(match.trigger.polarity == item.polarity)
    #expect(match.trigger.modality == item.modality)
    #expect(match.trigger.passive == item.passive)
}

@Suite struct TriggerLexiconTests {
    // MARK: The files

    @Test(arguments: Language.allCases)
    func everyFileHasAtLeast150RowsAcrossAllRoots(language: Language) throws {
        let rows = try ResourceLibrary.embedded.table("\(language.rawValue)/triggers.tsv").rows
        #expect(rows.count >= 150)
        let roots = Set(rows.compactMap { $0.optionalValue("cameo")?.prefix(2) })
        #expect(roots.count == 20)
    }

    @Test(arguments: Language.allCases)
    func everyCameoCodeIsInTheCodebook(language: Language) throws {
        let codebook = try CameoCodebook()
        for row in try ResourceLibrary.embedded.table("\(language.rawValue)/triggers.tsv").rows {
            let kind = try row.value("kind")
            if let cameo = row.optionalValue("cameo") {
                #expect(codebook.entry(for: cameo) != nil, "line \(row.line): \(cameo)")
                #expect(kind != "support", "line \(row.line)")
            } else {
                #expect(kind == "support", "line \(row.line)")
            }
        }
    }

    /// Each row's example sentence holds the row's trigger (or one of its forms).
    @Test(arguments: Language.allCases)
    func everyExampleHoldsItsTrigger(language: Language) throws {
        let lexicon = try (language == .persian ? persian : english).get()
        let analyzer = try analyzer.get()
        for row in try ResourceLibrary.embedded.table("\(language.rawValue)/triggers.tsv").rows {
            let id = try row.value("id")
            let example = try row.value("example")
            let text = analyzer.analyze(example, language: language)
            let ids = lexicon.matches(in: text, tokens: text.tokens.indices).map(\.trigger.id)
            #expect(ids.contains { $0 == id || $0.hasPrefix(id + "/") }, "line \(row.line) \(id): found \(ids)")
        }
    }

    @Test(arguments: Language.allCases)
    func triggerIdsAreUnique(language: Language) throws {
        let lexicon = try (language == .persian ? persian : english).get()
        let ids = lexicon.triggers.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(lexicon.triggers.count > 1_000)
    }

    // MARK: Persian

    static let persianCases: [TriggerCase] = [
        TriggerCase("پیوست", "057"),
        TriggerCase("پیوستند", "057"),
        TriggerCase("پیوسته است", "057"),
        TriggerCase("پیوسته‌اند", "057"),
        TriggerCase("می‌پیوندد", "057"),
        TriggerCase("نپیوست", "057", .verb, .negative),
        TriggerCase("نمی پیوندد", "057", .verb, .negative),
        TriggerCase("بپیوندد", "057", .verb, .positive, .hypothetical),
        TriggerCase("خواهد پیوست", "057", .verb, .positive, .hypothetical),
        TriggerCase("نخواهد پیوست", "057", .verb, .negative, .hypothetical),
        TriggerCase("پیوستن", "057", .noun),
        TriggerCase("امضا کرد", "057"),
        TriggerCase("امضا کردند", "057"),
        TriggerCase("امضا کرده است", "057"),
        TriggerCase("امضا کرده‌اند", "057"),
        TriggerCase("امضا می‌کند", "057"),
        TriggerCase("امضا میکند", "057"),
        TriggerCase("امضا نکرد", "057", .verb, .negative),
        TriggerCase("امضا نمی‌کنند", "057", .verb, .negative),
        TriggerCase("امضا خواهد کرد", "057", .verb, .positive, .hypothetical),
        TriggerCase("امضا کند", "057", .verb, .positive, .hypothetical),
        TriggerCase("امضا شد", "057", passive: true),
        TriggerCase("امضا نمود", "057"),
        TriggerCase("امضا نموده‌اند", "057"),
        TriggerCase("امضا نخواهند نمود", "057", .verb, .negative, .hypothetical),
        TriggerCase("امضا گردید", "057", passive: true),
        TriggerCase("برگزار نگردید", nil, .support, .negative),
        TriggerCase("به امضا رسید", "057", passive: true),
        TriggerCase("از امضا خودداری کرد", "057", .verb, .negative),
        TriggerCase("همايش", "040", .noun),
        TriggerCase("نشست", "040", .noun),
        TriggerCase("گردهمایی", "040", .noun),
        TriggerCase("کنفرانس", "040", .noun),
        TriggerCase("اجلاس", "040", .noun),
        TriggerCase("روابط", "054", .noun),
        TriggerCase("روابط دیپلماتیک", "054", .noun),
        TriggerCase("دیداری", "040", .noun),
        TriggerCase("گفتگویی", "040", .noun),
        TriggerCase("مانوری نظامی", "150", .noun),
        TriggerCase("حملاتی", "190", .noun),
        TriggerCase("امضاء کردند", "057"),
        TriggerCase("اعمال کرد", nil, .support),
        TriggerCase("آغاز شد", nil, .support),
        TriggerCase("آغاز گردید", nil, .support),
        TriggerCase("برگزار شد", nil, .support),
        TriggerCase("برگزار گردید", nil, .support),
        TriggerCase("برگزار می‌شود", nil, .support),
        TriggerCase("برپا شد", nil, .support),
        TriggerCase("گشایش یافت", nil, .support),
        TriggerCase("افتتاح شد", nil, .support),
        TriggerCase("برقرار شد", nil, .support),
        TriggerCase("برقرار کردند", nil, .support),
        TriggerCase("خواستار شد", "020"),
        TriggerCase("دیدار کرد", "040"),
        TriggerCase("ملاقات کردند", "040"),
        TriggerCase("گفتگو کرد", "040"),
        TriggerCase("سفر کرد", "042"),
        TriggerCase("تقدیر کرد", "051"),
        TriggerCase("به رسمیت شناخت", "054"),
        TriggerCase("کمک کرد", "070"),
        TriggerCase("انتقاد کرد", "111"),
        TriggerCase("محکوم کرد", "111"),
        TriggerCase("محكوم نکرد", "111", .verb, .negative),
        TriggerCase("رد کرد", "120"),
        TriggerCase("تهدید کرد", "130"),
        TriggerCase("تظاهرات کردند", "141"),
        TriggerCase("قطع رابطه کرد", "161"),
        TriggerCase("تحریم کرد", "163"),
        TriggerCase("تحریم شدند", "163", passive: true),
        TriggerCase("بازداشت شد", "173", passive: true),
        TriggerCase("دعوت شد", "020", passive: true),
        TriggerCase("حمله کرد", "190"),
        TriggerCase("حمله خواهند کرد", "190", .verb, .positive, .hypothetical),
        TriggerCase("حمله نکرده اند", "190", .verb, .negative),
        TriggerCase("مورد حمله قرار گرفت", "190", passive: true),
        TriggerCase("بمباران کرده بودند", "195"),
        TriggerCase("نسل کشی", "202", .noun),
    ]

    @Test(arguments: persianCases)
    func readsPersianPhrases(item: TriggerCase) throws {
        try check(item, in: persian.get())
    }

    // MARK: English

    static let englishCases: [TriggerCase] = [
        TriggerCase("signed", "057"),
        TriggerCase("has signed", "057"),
        TriggerCase("did not sign", "057", .verb, .negative),
        TriggerCase("didn't sign", "057", .verb, .negative),
        TriggerCase("refused to sign", "057", .verb, .negative),
        TriggerCase("will sign", "057", .verb, .positive, .hypothetical),
        TriggerCase("won't sign", "057", .verb, .negative, .hypothetical),
        TriggerCase("was signed", "057", passive: true),
        TriggerCase("will be signed", "057", .verb, .positive, .hypothetical, passive: true),
        TriggerCase("joined", "057"),
        TriggerCase("joins", "057"),
        TriggerCase("may join", "057", .verb, .positive, .hypothetical),
        TriggerCase("plans to join", "057", .verb, .positive, .hypothetical),
        TriggerCase("is expected to join", "057", .verb, .positive, .hypothetical),
        TriggerCase("has not joined", "057", .verb, .negative),
        TriggerCase("has yet to sign", "057", .verb, .negative),
        TriggerCase("is scheduled to be held", nil, .support, .positive, .hypothetical, passive: true),
        TriggerCase("concluded", "057"),
        TriggerCase("conference", "040", .noun),
        TriggerCase("summit", "040", .noun),
        TriggerCase("meeting", "040", .noun),
        TriggerCase("forum", "040", .noun),
        TriggerCase("talks", "046", .noun),
        TriggerCase("relations", "054", .noun),
        TriggerCase("diplomatic relations", "054", .noun),
        TriggerCase("agreement", "057", .noun),
        TriggerCase("visit", "042", .noun),
        TriggerCase("began", nil, .support),
        TriggerCase("opened", nil, .support),
        TriggerCase("was held", nil, .support, passive: true),
        TriggerCase("were held", nil, .support, passive: true),
        TriggerCase("took place", nil, .support),
        TriggerCase("convened", nil, .support),
        TriggerCase("established", nil, .support),
        TriggerCase("were established", nil, .support, passive: true),
        TriggerCase("started", nil, .support),
        TriggerCase("announced", "010"),
        TriggerCase("arrived", "042"),
        TriggerCase("paid", nil, .support),
        TriggerCase("fought", "190"),
        TriggerCase("urged", "100"),
        TriggerCase("expressed concern", "110"),
        TriggerCase("is still denying", "016"),
        TriggerCase("called on", "020"),
        TriggerCase("met", "040"),
        TriggerCase("met with", "040"),
        TriggerCase("held talks", "040"),
        TriggerCase("visited", "042"),
        TriggerCase("praised", "051"),
        TriggerCase("provided aid", "070"),
        TriggerCase("deployed", "154"),
        TriggerCase("criticised", "111"),
        TriggerCase("condemned", "111"),
        TriggerCase("rejected", "120"),
        TriggerCase("threatened", "130"),
        TriggerCase("protested", "141"),
        TriggerCase("cut ties", "161"),
        TriggerCase("imposed sanctions", "163"),
        TriggerCase("was arrested", "173", passive: true),
        TriggerCase("attacked", "190"),
        TriggerCase("Attacked", "190"),
        TriggerCase("would attack", "190", .verb, .positive, .hypothetical),
        TriggerCase("ethnic cleansing", "203", .noun),
    ]

    @Test(arguments: englishCases)
    func readsEnglishPhrases(item: TriggerCase) throws {
        try check(item, in: english.get())
    }

    // MARK: Matching in text

    @Test func findsNounAndSupportInOrder() throws {
        let lexicon = try persian.get()
        let text = try analyzer.get().analyze("همایش سالانه اقتصاددانان روز دوشنبه در تبریز آغاز شد.", language: .persian)
        let found = lexicon.matches(in: text, tokens: text.tokens.indices)
        #expect(found.map(\.trigger.kind) == [.noun, .support])
        #expect(found.map(\.trigger.cameo) == ["040", nil])
        #expect(text.originalText(ofTokens: found[1].tokenRange) == "آغاز شد")
    }

    /// The shapes the reference article uses, in sentences of our own: relations that began,
    /// a programme joined (verb, and verbal noun beside a weaker noun), a conference held.
    @Test(arguments: [
        ("روابط دو کشور در سال 1990 میلادی آغاز شد.", "054", ["روابط", "آغاز شد"]),
        ("این کشور در سال 1996 به پیمان دفاعی منطقه پیوست.", "057", ["پیوست"]),
        ("همکاری رسمی دو طرف با پیوستن این کشور به طرح صلح آغاز گردید.", "057", ["همکاری", "پیوستن", "آغاز گردید"]),
        ("این گردهمایی دو روزه با حضور سفیران در تبریز برپا شد.", "040", ["گردهمایی", "برپا شد"]),
        ("همایش بررسی روابط دو کشور در شیراز آغاز شد.", "040", ["همایش", "روابط", "آغاز شد"]),
    ])
    func readsTheReferenceShapes(sentence: String, cameo: String, phrases: [String]) throws {
        let text = try analyzer.get().analyze(sentence, language: .persian)
        let found = try persian.get().matches(in: text, tokens: text.tokens.indices)
        #expect(found.map { text.originalText(ofTokens: $0.tokenRange) } == phrases)
        let strongest = found.filter { $0.trigger.kind != .support }.max { $0.trigger.priority < $1.trigger.priority }
        #expect(strongest?.trigger.cameo == cameo)
    }

    @Test func takesTheLongestPhrase() throws {
        let lexicon = try english.get()
        let text = try analyzer.get().analyze("The army opened fire on the crowd and the talks were held later.", language: .english)
        let found = lexicon.matches(in: text, tokens: text.tokens.indices)
        #expect(found.map(\.trigger.phrase) == ["opened fire", "talks", "were held"])
        #expect(found.map(\.trigger.cameo) == ["193", "046", nil])
    }

    @Test func looksOnlyInsideTheTokenRange() throws {
        let lexicon = try english.get()
        let text = try analyzer.get().analyze("Rebels attacked the town. Officials said nothing.", language: .english)
        let first = try #require(text.sentences.first)
        let found = lexicon.matches(in: text, tokens: first.tokenRange)
        #expect(found.map(\.trigger.phrase) == ["attacked"])
        #expect(lexicon.matches(in: text, tokens: 0..<0).isEmpty)
    }

    @Test func keepsTargetMarkersAndPriorities() throws {
        let lexicon = try persian.get()
        let join = try #require(try wholeMatch("پیوست", in: lexicon))
        let began = try #require(try wholeMatch("آغاز شد", in: lexicon))
        let worried = try #require(try wholeMatch("ابراز نگرانی کرد", in: lexicon))
        #expect(join.trigger.targetMarkers == ["به"])
        #expect(join.trigger.id == "fa.join.1/past.3sg")
        #expect(join.trigger.priority > worried.trigger.priority)
        #expect(worried.trigger.priority > began.trigger.priority)
        let met = try #require(try wholeMatch("met with", in: english.get()))
        #expect(met.trigger.targetMarkers == ["with"])
    }

    @Test(arguments: [
        (Language.persian, "هوا امروز سرد است."),
        (.persian, "جمهوری آذربایجان در قفقاز است."),
        (.persian, "نشستن روی صندلی"),
        (.persian, "سخنگوی دولت گفت و افزود که بودجه کافی است و بر آن تاکید کرد."),
        (.english, "The weather was mild."),
        (.english, "A signal light and a signpost."),
        (.english, "The state of the roads"),
    ])
    func findsNothingWhereNoEventIsNamed(language: Language, sentence: String) throws {
        let lexicon = try (language == .persian ? persian : english).get()
        let text = try analyzer.get().analyze(sentence, language: language)
        #expect(lexicon.matches(in: text, tokens: text.tokens.indices).isEmpty)
    }

    // MARK: Conjugation

    @Test func conjugatesPersianLightVerbs() throws {
        let forms = try VerbConjugator(language: .persian).forms(of: "امضا کردن", sets: ["compound"])
        let phrases = Set(forms.map(\.phrase))
        for expected in ["امضا کرد", "امضا کردند", "امضا کرده است", "امضا کرده اند", "امضا می کند",
                         "امضا نکرد", "امضا خواهد کرد", "امضا کند", "امضا نمی کنند", "امضا کرده بود"] {
            #expect(phrases.contains(expected), "\(expected)")
        }
        #expect(!phrases.contains("امضا بکند"))
        #expect(forms.first { $0.phrase == "امضا نمود" }?.name == "past.3sg@نمودن")
        let single = try VerbConjugator(language: .persian).forms(of: "کردن", sets: ["simple"])
        #expect(!single.contains { $0.phrase == "نمود" })
        let simple = try VerbConjugator(language: .persian).forms(of: "پیوستن", sets: ["simple"])
        #expect(simple.first { $0.phrase == "بپیوندد" }?.modality == .hypothetical)
        #expect(simple.first { $0.phrase == "نپیوستند" }?.polarity == .negative)
    }

    @Test func conjugatesEnglishVerbsOnTheirFirstWord() throws {
        let forms = try VerbConjugator(language: .english).forms(of: "hold talks", sets: ["active"])
        let phrases = Set(forms.map(\.phrase))
        #expect(phrases.contains("held talks"))
        #expect(phrases.contains("did not hold talks"))
        #expect(phrases.contains("will hold talks"))
        #expect(!phrases.contains("hold talks"))
    }

    @Test func refusesUnknownVerbsAndSets() throws {
        let conjugator = try VerbConjugator(language: .persian)
        #expect(throws: ConjugationError.unknownVerb("خوردن")) { try conjugator.forms(of: "غذا خوردن", sets: ["compound"]) }
        #expect(throws: ConjugationError.unknownSet("poetic")) { try conjugator.forms(of: "امضا کردن", sets: ["poetic"]) }
    }

    // MARK: Malformed files

    static let header = "id\tphrase\tkind\tcameo\tpolarity\tmodality\ttarget_markers\tpriority\tpassive\tconjugate\texample\n"

    @Test(arguments: [
        ("fa.a.1\tامضا کرد\tverbal\t057\t\t\t\t70\t\t\tمثال", 3, "kind 'verbal'"),
        ("fa.a.1\tآغاز شد\tsupport\t040\t\t\t\t10\t\t\tمثال", 3, "support verbs carry none"),
        ("fa.a.1\tامضا کرد\tverb\t\t\t\t\t70\t\t\tمثال", 3, "has no cameo"),
        ("fa.a.1\tامضا کرد\tverb\t999\t\t\t\t70\t\t\tمثال", 3, "cameo '999'"),
        ("fa.a.1\tامضا کرد\tverb\t057\tmaybe\t\t\t70\t\t\tمثال", 3, "polarity 'maybe'"),
        ("fa.a.1\tامضا کرد\tverb\t057\t\tfuture\t\t70\t\t\tمثال", 3, "modality 'future'"),
        ("fa.a.1\tامضا کرد\tverb\t057\t\t\t\thigh\t\t\tمثال", 3, "not a whole number"),
        ("fa.a.1\tامضا کرد\tverb\t057\t\t\t\t70\tperhaps\t\tمثال", 3, "passive 'perhaps'"),
        ("fa.a.1\tغذا خوردن\tverb\t057\t\t\t\t70\t\tyes\tمثال", 3, "cannot conjugate"),
        ("fa.a.1\tامضا کردن\tverb\t057\t\t\t\t70\t\tpoetic\tمثال", 3, "cannot conjugate"),
        ("en.a.1\tامضا کرد\tverb\t057\t\t\t\t70\t\t\tمثال", 3, "does not start with 'fa.'"),
        ("fa.a.1\tامضا کرد\tverb\t057\t\t\t\t70\t\t\tمثال\nfa.a.1\tگفت\tverb\t010\t\t\t\t20\t\t\tمثال", 4, "already used on line 3"),
        ("fa.a.1\tامضا کرد\tverb\t057\t\t\t\t70\t\t\tمثال\nfa.a.2\tامضا كرد\tverb\t057\t\t\t\t70\t\t\tمثال", 4, "already listed on line 3"),
        ("fa.a.1\tامضا کرد\tverb\t057\t\t\t\t70\t\t\tمثال\textra", 3, "cells but the header"),
    ])
    func rejectsMalformedTriggerFiles(rows: String, line: Int, reason: String) {
        var files = ResourceLibrary.embedded.files
        files["fa/triggers.tsv"] = "# test file\n" + Self.header + rows + "\n"
        do {
            _ = try TriggerLexicon(language: .persian, resources: ResourceLibrary(files: files))
            Issue.record("accepted a malformed trigger file")
        } catch let ResourceError.malformed(file, errorLine, errorReason) {
            #expect(file == "fa/triggers.tsv")
            #expect(errorLine == line)
            #expect(errorReason.contains(reason), "\(errorReason)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func rejectsAnAlternateThatIsNotAVerb() {
        var files = ResourceLibrary.embedded.files
        files["fa/verb-forms.tsv"] = """
            # test file
            type\tname\tpast\tpresent\tpattern\tsets\tpolarity\tmodality\tpassive\talso
            verb\tکردن\tکرد\tکن\t\t\t\t\t\tنمودن
            form\tpast.3sg\t\t\t{past}\tcompound\t\t\t\t
            """
        #expect(throws: ResourceError.malformed(file: "fa/verb-forms.tsv", line: 3,
                                                reason: "'also' names 'نمودن', which is not listed as a verb")) {
            try VerbConjugator(language: .persian, resources: ResourceLibrary(files: files))
        }
    }

    @Test func rejectsAPatternWithAnUnknownStem() {
        var files = ResourceLibrary.embedded.files
        files["fa/verb-forms.tsv"] = """
            type\tname\tpast\tpresent\tpattern\tsets\tpolarity\tmodality\tpassive
            verb\tکردن\tکرد\tکن\t\t\t\t\t
            form\tpast.3sg\t\t\t{pasts}\tcompound\t\t\t
            """
        #expect(throws: ResourceError.malformed(file: "fa/verb-forms.tsv", line: 3,
                                                reason: "pattern '{pasts}' uses {pasts}, which is not a stem column")) {
            try TriggerLexicon(language: .persian, resources: ResourceLibrary(files: files))
        }
    }
}
