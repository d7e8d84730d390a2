/// What the CAMEO codebook says about an event code, stored with each event.
///
/// The store does not read the codebook itself: it is handed a
/// ``EventTypeLabeler`` when opened, e.g.
/// ```swift
/// let store = try AnnalsStore(path: path) { code in
///     codebook.entry(for: code).map {
///         EventTypeLabel(label: $0.label, rootLabel: $0.rootLabel, quadClass: $0.quadClass, goldstein: $0.goldstein)
///     }
/// }
/// ```
public struct EventTypeLabel: Sendable, Hashable, Codable {
    /// "Sign formal agreement".
    public var label: String
    /// The label of the two-digit root, "Engage in diplomatic cooperation".
    public var rootLabel: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int
    /// The Goldstein scale value, -10 to 10.
    public var goldstein: Double

    public init(label: String, rootLabel: String, quadClass: Int, goldstein: Double) {
        self.label = label
        self.rootLabel = rootLabel
        self.quadClass = quadClass
        self.goldstein = goldstein
    }
}

/// Looks up a CAMEO event code (`057`); nil when the code is unknown, in
/// which case the event is stored without label, quad class and Goldstein value.
public typealias EventTypeLabeler = @Sendable (String) -> EventTypeLabel?
