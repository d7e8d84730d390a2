/// One code of the CAMEO event codebook, with its root and weights.
///
/// ```swift
/// let signing = try CameoCodebook().entry(for: "057")
/// // signing?.rootCode == "05", signing?.quadClass == 1, signing?.goldstein == 8.0
/// ```
public struct CameoEntry: Sendable, Hashable, Codable {
    /// The code itself: 2 digits for a root ("05"), 3 for a sub-code ("057"), 4 for a refinement ("0871").
    public let code: String
    /// A short English label, e.g. "Sign formal agreement".
    public let label: String
    /// The root the code belongs to ("05"); a root is its own root.
    public let rootCode: String
    /// The root's label, e.g. "Engage in diplomatic cooperation".
    public let rootLabel: String
    /// GDELT's QuadClass: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–09),
    /// 3 verbal conflict (10–14), 4 material conflict (15–20).
    public let quadClass: Int
    /// The Goldstein conflict–cooperation weight of the code, from -10 to +10.
    public let goldstein: Double

    public init(code: String, label: String, rootCode: String, rootLabel: String, quadClass: Int, goldstein: Double) {
        self.code = code
        self.label = label
        self.rootCode = rootCode
        self.rootLabel = rootLabel
        self.quadClass = quadClass
        self.goldstein = goldstein
    }
}

/// The CAMEO event codebook: the 20 roots, their sub-codes and refinements.
///
/// Read from `cameo/codes.tsv` and checked as it loads: every code is 2–4 digits
/// and listed once, every longer code's parent is listed, all 20 roots are there,
/// each quad class is the one its root implies, and each Goldstein value lies in
/// -10…10. A file that breaks a rule is rejected with its file and line.
///
/// ## Topics
/// - ``entry(for:)``
/// - ``entries``
/// - ``quadClass(ofRoot:)``
public struct CameoCodebook: Sendable {
    /// The file the codebook is read from.
    public static let path = "cameo/codes.tsv"

    private let entriesByCode: [String: CameoEntry]

    /// Every entry, sorted by code.
    public let entries: [CameoEntry]

    /// Loads and checks the codebook.
    ///
    /// - Throws: ``ResourceError`` naming the file and line of the first problem.
    public init(resources: ResourceLibrary = .embedded) throws {
        let table = try resources.table(Self.path)
        var rows: [String: (label: String, quadClass: Int, goldstein: Double, line: ResourceTable.Row)] = [:]
        var order: [String] = []
        for row in table.rows {
            let code = try row.value("code")
            guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw row.error("code '\(code)' is not 2 to 4 digits")
            }
            if let earlier = rows[code] {
                throw row.error("code \(code) is already listed on line \(earlier.line.line)")
            }
            let quadClass = try row.integer("quad_class")
            let goldsteinText = try row.value("goldstein")
            guard let goldstein = Double(goldsteinText), (-10.0...10.0).contains(goldstein) else {
                throw row.error("goldstein '\(goldsteinText)' is not a number from -10 to 10")
            }
            rows[code] = (try row.value("label"), quadClass, goldstein, row)
            order.append(code)
        }

        var entries: [CameoEntry] = []
        for code in order {
            guard let row = rows[code] else { continue }
            let rootCode = String(code.prefix(2))
            guard let expected = Self.quadClass(ofRoot: rootCode) else {
                throw row.line.error("code \(code) has root \(rootCode), which is not one of 01 to 20")
            }
            guard let root = rows[rootCode] else {
                throw row.line.error("code \(code) has root \(rootCode), which is not listed")
            }
            if code.count == 4, rows[String(code.prefix(3))] == nil {
                throw row.line.error("code \(code) has parent \(code.prefix(3)), which is not listed")
            }
            guard row.quadClass == expected else {
                throw row.line.error("code \(code) has quad class \(row.quadClass), but root \(rootCode) is quad class \(expected)")
            }
            entries.append(CameoEntry(code: code, label: row.label, rootCode: rootCode, rootLabel: root.label,
                                      quadClass: row.quadClass, goldstein: row.goldstein))
        }
        let missingRoots = (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" }.filter { rows[$0] == nil }
        guard missingRoots.isEmpty else {
            throw ResourceError.malformed(file: Self.path, line: max(1, table.rows.last?.line ?? 1),
                                          reason: "roots \(missingRoots.joined(separator: ", ")) are missing")
        }
        self.entries = entries.sorted { $0.code < $1.code }
        self.entriesByCode = Dictionary(uniqueKeysWithValues: entries.map { ($0.code, $0) })
    }

    /// The entry for a 2-, 3- or 4-digit code, or nil when the codebook does not list it.
    public func entry(for code: String) -> CameoEntry? {
        entriesByCode[code]
    }

    /// The quad class a root code implies ("05" → 1, "19" → 4), or nil for a code that is not a root.
    public static func quadClass(ofRoot rootCode: String) -> Int? {
        guard rootCode.count == 2, let root = Int(rootCode) else { return nil }
        switch root {
        case 1...5: return 1
        case 6...9: return 2
        case 10...14: return 3
        case 15...20: return 4
        default: return nil
        }
    }
}
