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

    /// The shortcut reads bytes: at each edge of the scalar ranges folding touches it says the
    /// same as reading the scalars, alone and inside a word.
    @Test(arguments: [0x00BF, 0x00C0, 0x00FF, 0x0100, 0x023F, 0x0240, 0x024F, 0x0250, 0x0621, 0x0622, 0x0623,
                      0x0625, 0x0626, 0x0627, 0x1DFF, 0x1E00, 0x1EBF, 0x1EC0, 0x1EFF, 0x1F00, 0x0800, 0x10400] as [UInt32])
    func theShortcutReadsTheEdgesOfTheRanges(value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        let folded: Bool = switch value {
        case 0x0622, 0x0626, 0x00C0...0x024F, 0x1E00...0x1EFF: true
        default: false
        }
        for token in [String(scalar), "ab" + String(scalar) + "cd", "سل" + String(scalar)] {
            #expect(NameFolding.changes(token) == folded, "\(token)")
        }
    }
}
