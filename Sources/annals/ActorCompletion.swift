import AnnalsKit
import Foundation

/// What the shell offers when completing an actor: the codes of the known
/// actors and their one-word names (a completion word cannot hold a space),
/// built-in ones and the user's own from the default database
/// (`$ANNALS_DB`, else `./annals.sqlite`) when it exists.
enum ActorCompletion {
    static func candidates(prefix: String) -> [String] {
        var gazetteer = (try? Gazetteer()) ?? nil
        let path = EnvironmentDefault(variable: "ANNALS_DB").value(or: nil) ?? DatabaseOptions.defaultPath
        if FileManager.default.fileExists(atPath: path), let base = try? KnowledgeBase.open(at: path) {
            gazetteer = base.gazetteer
        }
        guard let gazetteer else { return [] }
        let folded = prefix.lowercased()
        var words: Set<String> = []
        for actor in gazetteer.actors {
            for word in [actor.code, actor.name, actor.persianName].compactMap({ $0 })
            where !word.contains(" ") && word.lowercased().hasPrefix(folded) {
                words.insert(word)
            }
        }
        return words.sorted()
    }
}
