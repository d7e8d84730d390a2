import Testing
@testable import annals

/// `--db`/`--rules` over `ANNALS_DB`/`ANNALS_RULES`: the option wins, an empty variable counts as unset.
@Suite struct EnvironmentDefaultTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let option: String?
        let environment: [String: String]
        let expected: String?
        var testDescription: String { "option \(option ?? "-"), environment \(environment) → \(expected ?? "nil")" }
    }

    static let cases: [Case] = [
        Case(option: "mine.sqlite", environment: ["ANNALS_DB": "team.sqlite"], expected: "mine.sqlite"),
        Case(option: nil, environment: ["ANNALS_DB": "team.sqlite"], expected: "team.sqlite"),
        Case(option: nil, environment: ["ANNALS_DB": ""], expected: nil),
        Case(option: nil, environment: [:], expected: nil),
        Case(option: nil, environment: ["ANNALS_RULES": "rules"], expected: nil),
        Case(option: "", environment: ["ANNALS_DB": "team.sqlite"], expected: ""),
    ]

    @Test(arguments: cases)
    func optionThenVariable(_ row: Case) {
        let lookup = EnvironmentDefault(variable: "ANNALS_DB", environment: row.environment)
        #expect(lookup.value(or: row.option) == row.expected)
    }
}
