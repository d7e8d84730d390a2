import Testing
@testable import AnnalsKit

@Suite struct CameoCodebookTests {
    let codebook: CameoCodebook

    init() throws {
        codebook = try CameoCodebook()
    }

    @Test func listsAllTwentyRoots() {
        let roots = codebook.entries.filter { $0.code.count == 2 }.map(\.code)
        #expect(roots == (1...20).map { $0 < 10 ? "0\($0)" : "\($0)" })
    }

    @Test func everyCodeHasItsRootAndParentAndTheRootsQuadClass() throws {
        #expect(codebook.entries.count > 250)
        for entry in codebook.entries {
            let root = try #require(codebook.entry(for: entry.rootCode), "\(entry.code)")
            #expect(entry.rootCode == String(entry.code.prefix(2)))
            #expect(entry.rootLabel == root.label)
            #expect(entry.quadClass == CameoCodebook.quadClass(ofRoot: entry.rootCode), "\(entry.code)")
            if entry.code.count == 4 {
                #expect(codebook.entry(for: String(entry.code.prefix(3))) != nil, "\(entry.code)")
            }
            #expect((-10.0...10.0).contains(entry.goldstein))
        }
    }

    @Test func entriesAreSortedByCode() {
        let codes = codebook.entries.map(\.code)
        #expect(codes == codes.sorted())
        #expect(Set(codes).count == codes.count)
    }

    @Test(arguments: [
        ("01", 1, 0.0), ("010", 1, 0.0), ("016", 1, -2.0), ("124", 3, -4.0), ("165", 4, -6.5), ("02", 1, 3.0), ("036", 1, 4.0), ("04", 1, 1.0),
        ("040", 1, 1.0), ("042", 1, 1.9), ("043", 1, 2.8), ("044", 1, 2.5), ("046", 1, 7.0),
        ("05", 1, 3.5), ("051", 1, 3.4), ("054", 1, 6.0), ("057", 1, 8.0), ("06", 2, 6.0),
        ("073", 2, 7.4), ("0874", 2, 10.0), ("09", 2, -2.0), ("10", 3, -5.0), ("111", 3, -2.0),
        ("112", 3, -2.0), ("12", 3, -4.0), ("130", 3, -4.4), ("14", 3, -6.5), ("15", 4, -7.2),
        ("163", 4, -8.0), ("173", 4, -5.0), ("183", 4, -10.0), ("190", 4, -10.0), ("20", 4, -10.0),
    ])
    func knownValues(code: String, quadClass: Int, goldstein: Double) throws {
        let entry = try #require(codebook.entry(for: code))
        #expect(entry.quadClass == quadClass)
        #expect(entry.goldstein == goldstein)
    }

    @Test func labelsTheCodeAndItsRoot() throws {
        let signing = try #require(codebook.entry(for: "057"))
        #expect(signing.label == "Sign formal agreement")
        #expect(signing.rootCode == "05")
        #expect(signing.rootLabel == "Engage in diplomatic cooperation")
        #expect(codebook.entry(for: "04")?.label == "Consult")
        #expect(codebook.entry(for: "19")?.label == "Fight")
    }

    @Test(arguments: ["", "99", "21", "058", "0577", "5", "abc"])
    func unknownCodesHaveNoEntry(code: String) {
        #expect(codebook.entry(for: code) == nil)
    }

    @Test(arguments: [1, 2, 5, 6, 9, 10, 14, 15, 20])
    func quadClassFollowsTheRoot(root: Int) {
        let code = root < 10 ? "0\(root)" : "\(root)"
        let expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4
        #expect(CameoCodebook.quadClass(ofRoot: code) == expected)
    }

    // Each malformed file is rejected naming its line.
    @Test(arguments: [
        ("05\tCooperate\t1\t3.5\n057\tSign\t2\t8.0", 3, "quad class 2"),
        ("05\tCooperate\t1\t3.5\n067\tAid\t2\t7.0", 3, "root 06, which is not listed"),
        ("05\tCooperate\t1\t3.5\n5x\tOdd\t1\t1.0", 3, "not 2 to 4 digits"),
        ("05\tCooperate\t1\t3.5\n05\tAgain\t1\t3.5", 3, "already listed on line 2"),
        ("05\tCooperate\t1\t12.0", 2, "not a number from -10 to 10"),
        ("05\tCooperate\tone\t3.5", 2, "not a whole number"),
        ("05\tCooperate\t1\t3.5\n0571\tSign treaty\t1\t8.0", 3, "parent 057, which is not listed"),
        ("21\tNothing\t4\t0.0", 2, "not one of 01 to 20"),
        ("05\tCooperate\t1\t3.5", 2, "roots 01, 02, 03, 04, 06"),
    ])
    func rejectsMalformedFiles(rows: String, line: Int, reason: String) {
        let text = "code\tlabel\tquad_class\tgoldstein\n" + rows
        let resources = ResourceLibrary(files: [CameoCodebook.path: text])
        do {
            _ = try CameoCodebook(resources: resources)
            Issue.record("accepted a malformed codebook")
        } catch let ResourceError.malformed(file, errorLine, errorReason) {
            #expect(file == CameoCodebook.path)
            #expect(errorLine == line)
            #expect(errorReason.contains(reason), "\(errorReason)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
