import Foundation

/// An option's value, or else the value of the environment variable that stands in for it.
///
/// An empty variable counts as unset, so `ANNALS_DB= annals timeline …` falls back to the
/// built-in default rather than to a database with no name.
struct EnvironmentDefault {
    /// The variable's name, e.g. `ANNALS_DB`.
    let variable: String
    /// The environment to read; the process's own unless a test gives another.
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// `option` when given, else the variable's value when set and not empty, else nil.
    func value(or option: String?) -> String? {
        if let option { return option }
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return value
    }
}
