import Testing
@testable import AnnalsKit

/// A listed word ending, measured once: it answers as counting characters and comparing them would.
@Suite struct WordEndingTests {
    @Test(arguments: [
        ("ed", "walked", true),
        ("ed", "red", false),            // too short: three more characters needed
        ("ed", "shed", false),
        ("ed", "shred", true),
        ("ed", "walker", false),
        ("ed", "walke\u{0301}d", false), // the e carries an accent: another character
        ("ed", "café", false),
        ("ed", "ED", false),
        ("ly", "hastily", true),
        ("ید", "رسیدید", true),          // an ending outside ASCII compares characters only
        ("ید", "رسید", false),
    ])
    func endsAsTheCharactersSay(ending: String, word: String, expected: Bool) {
        let measured = WordEnding(ending)
        let scalars = word.unicodeScalars.count
        #expect(measured.ends(word, scalars: scalars, stem: 3) == expected)
        #expect(measured.ends(word, scalars: scalars, stem: 3) == (scalars >= ending.count + 3 && word.hasSuffix(ending)))
    }
}
