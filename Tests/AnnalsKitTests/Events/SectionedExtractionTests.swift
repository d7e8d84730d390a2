import Testing
@testable import AnnalsKit

/// A long article is read section by section (so that memory stays bounded);
/// paragraphs that stand on their own give the same events either way, with
/// offsets into the whole article.
@Suite struct SectionedExtractionTests {
    static let english = [
        "NATO and Azerbaijan signed a partnership agreement in Brussels on 4 May 2009.",
        "The weather in the capital was mild, and the markets were quiet.",
        "Turkey condemned Armenia on 12 June 2010.",
        "Georgia held talks with the European Union in Tbilisi on 3 March 2011.",
        "Officials declined to comment on the figures.",
    ]

    static let persian = [
        "سوئد روز ۱۷ اسفند ۱۴۰۲ به ناتو پیوست.",
        "هوای پایتخت معتدل بود و بازارها آرام بودند.",
        "فنلاند در آوریل ۲۰۲۳ به عضویت ناتو درآمد.",
        "دبیر کل ناتو روز ۱۵ خرداد ۱۴۰۱ با وزیر خارجه جمهوری آذربایجان در بروکسل دیدار کرد.",
    ]

    static func article(_ paragraphs: [String], language: Language, repeats: Int) -> Article {
        var text: [String] = []
        for round in 0..<repeats {
            // Each round says its paragraphs in another order, so that the sections differ.
            for index in paragraphs.indices { text.append(paragraphs[(index + round) % paragraphs.count]) }
        }
        return Article(text: text.joined(separator: "\n\n"), published: DayDate(year: 2024, month: 3, day: 13),
                       language: language, origin: "long.txt")
    }

    @Test(arguments: [(Language.english, 300), (.english, 1000), (.persian, 300), (.persian, 1000)])
    func sectionsFindTheEventsOfTheWholeArticle(_ language: Language, _ sectionBytes: Int) throws {
        let extractor = try EventCorpus.extractor.get()
        let article = Self.article(language == .english ? Self.english : Self.persian, language: language, repeats: 6)
        #expect(TextSections(article.text, limit: sectionBytes).all.count > 1)
        let whole = extractor.events(in: article, sectionBytes: article.text.utf8.count)
        let sectioned = extractor.events(in: article, sectionBytes: sectionBytes)
        #expect(!whole.isEmpty)
        #expect(sectioned == whole)
        // The offsets are the article's: each mention's sentence is where it says.
        let scalars = Array(article.text.unicodeScalars)
        for mention in sectioned.flatMap(\.mentions) {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.sentence)
        }
    }
}
