import Testing
@testable import AnnalsKit

/// The table of time words at each token answers "is there a word of this kind here?" from a
/// set of kinds per token; the set must agree with the words themselves.
@Suite struct TimeWordTableTests {
    @Test func ordinalsAreThePlacesOfTheCases() {
        #expect(TimeWord.Kind.allCases.count <= 128)
        for (place, kind) in TimeWord.Kind.allCases.enumerated() {
            #expect(kind.ordinal == place, "\(kind)")
        }
    }

    @Test func aSetHoldsWhatWasInsertedAndNothingElse() {
        let chosen: [TimeWord.Kind] = [.month, .seasonLead, .deadline, .nameTail, .clockWord, .weekday]
        var set = TimeWord.Kind.Set()
        for kind in chosen { set.insert(kind) }
        for kind in TimeWord.Kind.allCases {
            #expect(set.contains(kind) == chosen.contains(kind), "\(kind)")
            #expect(set.intersects(TimeWord.Kind.Set([kind])) == chosen.contains(kind), "\(kind)")
        }
        #expect(TimeWord.Kind.Set().isEmpty && !set.isEmpty)
        #expect(TimeWord.Kind.Set(chosen).intersects(set))
    }

    @Test(arguments: [
        (Language.english, "Last Tuesday, May 5, 2009, at 10 a.m. and two weeks ago the fourth quarter ended."),
        (Language.persian, "روز سه شنبه ۱۵ اردیبهشت ۱۳۸۸ ساعت ۱۰ صبح و دو هفته پیش در میدان ۱۵ خرداد"),
    ])
    func kindsAgreeWithTheWords(language: Language, text: String) throws {
        let resources = ResourceLibrary.embedded
        let lexicon = try TimeLexicon(language: language, resources: resources)
        let analyzed = try TextAnalyzer(resources: resources).analyze(text, language: language)
        let table = TimeWordTable(tokens: analyzed.tokens, lexicon: lexicon)
        var found = 0
        let some = TimeWord.Kind.Set([.weekday, .number, .unit, .ago])
        for index in analyzed.tokens.indices {
            #expect(table.hasAny(at: index) == !table[index].isEmpty, "token \(index)")
            #expect(table.hasAny(of: some, at: index) == table[index].contains { [.weekday, .number, .unit, .ago].contains($0.word.kind) },
                    "token \(index)")
            for kind in TimeWord.Kind.allCases {
                let listed = table[index].contains { $0.word.kind == kind }
                #expect(table.has(kind, at: index) == listed, "token \(index) \(kind)")
                if listed { found += 1 }
            }
        }
        #expect(found > 5)
    }
}
