import Testing
@testable import AnnalsKit

@Suite struct PloverCrosswalkTests {
    static let crosswalk = Result { try PloverCrosswalk() }

    @Test(arguments: [
        ("057", "SUPPORT", nil), ("042", "CONSULT", "visit"), ("0871", "RETREAT", "ceasefire"), ("141", "PROTEST", "demo"),
        ("195", "ASSAULT", "heavy-weapons"), ("190", "ASSAULT", nil), ("163", "COERCE", "restrict"), ("173", "COERCE", "arrest"),
        ("112", "ACCUSE", "disapprove"), ("020", "REQUEST", nil), ("036", "AGREE", nil), ("1712", "ASSAULT", "destroy"),
    ] as [(String, String, String?)])
    func mapsCameoCodesToPloverTypesAndModes(_ cameo: String, _ type: String, _ mode: String?) throws {
        let entry = try Self.crosswalk.get().entry(for: cameo)
        #expect(entry == PloverCrosswalk.Entry(type: type, mode: mode))
    }

    @Test(arguments: ["01", "010", "019", "99", "0999", ""])
    func hasNoTypeForStatementsAndUnknownCodes(_ cameo: String) throws {
        #expect(try Self.crosswalk.get().entry(for: cameo) == nil)
    }

    @Test func coversEveryCodeOfTheCodebook() throws {
        let crosswalk = try Self.crosswalk.get()
        for entry in try CameoCodebook().entries where !entry.code.hasPrefix("01") {
            #expect(crosswalk.entry(for: entry.code) != nil, "\(entry.code)")
        }
        #expect(crosswalk.types == ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
                                    "DEMAND", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
                                    "THREATEN"])
        #expect(crosswalk.cameoCodes(ofType: "mobilize") == ["15", "150", "151", "152", "153", "154"])
    }

    @Test(arguments: [
        ("code\ttype\tmode\n057\tsupport\t-\n", "not a PLOVER type"),
        ("code\ttype\tmode\n57a\tSUPPORT\t-\n", "not 2 to 4 digits"),
        ("code\ttype\tmode\n057\tSUPPORT\t-\n057\tAGREE\t-\n", "already listed"),
    ])
    func rejectsAMalformedTableNamingTheLine(_ text: String, _ reason: String) {
        let resources = ResourceLibrary(files: [PloverCrosswalk.path: text])
        #expect {
            _ = try PloverCrosswalk(resources: resources)
        } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains(PloverCrosswalk.path)
        }
    }
}
