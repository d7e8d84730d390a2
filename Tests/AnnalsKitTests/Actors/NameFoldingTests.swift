import Testing
@testable import AnnalsKit

/// Name folding, and the shortcut that lets the gazetteer keep tokens folding would not change.
@Suite struct NameFoldingTests {
    @Test(arguments: [
        ("آمریکا", "امریکا"),
        ("رئیس", "رییس"),
        ("côte", "cote"),
        ("são", "sao"),
        ("nato", "nato"),
        ("ناتو", "ناتو"),
        ("ørsted", "ørsted"),
        ("1994", "1994"),
    ])
    func folds(token: String, expected: String) {
        #expect(NameFolding.fold(token) == expected)
    }

    /// A token the shortcut passes over must be one folding leaves as it is.
    @Test(arguments: ["nato", "ناتو", "آذربایجان", "ئیس", "côte", "ørsted", "straße", "東京", "москва", "-", "1994", "ἀθῆναι"])
    func theShortcutNeverSkipsATokenFoldingChanges(token: String) {
        if !NameFolding.changes(token) {
            #expect(NameFolding.fold(token) == token)
        }
    }
}
