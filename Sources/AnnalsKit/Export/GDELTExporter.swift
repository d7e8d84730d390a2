import Foundation

/// Events in the column layout of GDELT 2.0's event files, tab-separated and
/// without a header row (as GDELT publishes them), so GDELT tooling reads them.
///
/// The 61 columns are ``columns``, in GDELT's order. `SQLDATE` (with
/// `MonthYear`, `Year` and `FractionDate`) is the first day the event
/// *happened* — where GDELT puts the article's date — and `DATEADDED` the
/// first publication date of its sources. Actor 1 is the first source actor,
/// actor 2 the first target (else the next actor). Actor codes are their
/// CAMEO codes; a state's code is also its country code, and an organisation's
/// type code (`IGO`, `NGO`, …) or a state's role suffix (`GOV`, `MIL`, …) is
/// `Type1Code`. `NumMentions` counts source sentences, `NumArticles` distinct
/// articles, `NumSources` distinct outlets (an article without one counts as its own). `IsRootEvent` is 1 when a source
/// sentence opens its article. `ActionGeo_FullName` is the place's name. What
/// Annals does not know (tone, ethnicity, religion, coordinates, FIPS codes) is
/// left empty. Undated and unanchored events have no `SQLDATE` and are left out.
/// With ``ploverColumns`` two more columns follow GDELT's 61: `PLOVER_Type` and
/// `PLOVER_Mode` (see ``TimelineEventSource/withPlover(_:)``); they are off by
/// default, since GDELT readers expect exactly 61 columns.
public struct GDELTExporter: TimelineExporter {
    public static let formatName = "gdelt"
    public static let fileExtension = "tsv"

    /// GDELT 2.0's event columns, in order.
    public static let columns = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ]

    /// CAMEO actor codes that name a kind of organisation rather than a state.
    static let organisationTypes: Set<String> = ["IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT", "REB", "SEP", "INS"]

    /// The two columns after GDELT's 61 that ``ploverColumns`` adds.
    public static let ploverColumnNames = ["PLOVER_Type", "PLOVER_Mode"]

    /// Whether each row ends with the event's PLOVER type and mode.
    public var ploverColumns: Bool

    public init(ploverColumns: Bool = false) {
        self.ploverColumns = ploverColumns
    }

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let ploverColumns = ploverColumns
        try events.forEach { event in
            guard var row = Self.row(for: event) else { return }
            if ploverColumns { row += [event.type.plover?.type ?? "", event.type.plover?.mode ?? ""] }
            output.write(row.joined(separator: "\t") + "\n")
        }
    }

    /// The cells of an event's row, ``columns`` long; nil for an event without a day.
    static func row(for event: TimelineEvent) -> [String]? {
        guard let start = event.date.start, event.date.end != nil else { return nil }
        let first = event.actors.first { $0.role == .source } ?? event.actors.first
        let second = event.actors.first { $0.role == .target && $0 != first } ?? event.actors.first { $0 != first }
        let day = String(format: "%04d%02d%02d", start.year, start.month, start.day)
        let fraction = Double(start.year) + Double(start.month * 30 + start.day) / 365
        var row = [String(event.id), day, String(day.prefix(6)), String(start.year), String(format: "%.4f", fraction)]
        row += actorCells(first) + actorCells(second)
        row.append(event.mentions.contains { $0.start == 0 } ? "1" : "0")
        row += [event.type.cameo, String(event.type.cameo.prefix(3)), event.type.root,
                event.type.quadClass.map(String.init) ?? "", event.type.goldstein.map { String($0) } ?? ""]
        row += [String(event.mentions.count), String(KeyDates.outletCount(of: event.mentions)),
                String(Set(event.mentions.map(\.documentId)).count), ""]
        row += Array(repeating: "", count: 16)  // Actor1Geo_*, Actor2Geo_*
        row += ["", cell(event.location?.name ?? ""), "", "", "", "", "", ""]
        let added = event.mentions.compactMap(\.published).min()
        row.append(added.map { String(format: "%04d%02d%02d000000", $0.year, $0.month, $0.day) } ?? "")
        row.append(cell(event.mentions.first?.document ?? ""))
        return row
    }

    /// Code, name, country, known group, ethnicity, two religions, three types.
    static func actorCells(_ actor: TimelineEvent.ActorInfo?) -> [String] {
        guard let actor else { return Array(repeating: "", count: 10) }
        let code = actor.cameo
        let prefix = String(code.prefix(3))
        let isOrganisation = organisationTypes.contains(prefix)
        let country = !isOrganisation && code.count >= 3 && prefix.allSatisfy(\.isUppercase) ? prefix : ""
        let type = isOrganisation ? prefix : String(code.dropFirst(3).prefix(3))
        return [cell(code), cell(actor.name.uppercased()), country, "", "", "", "", cell(type), "", ""]
    }

    /// A text cell: tabs and line breaks would break the row, so they become spaces.
    static func cell(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
