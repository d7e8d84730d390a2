import AnnalsKit
import Dispatch
import Synchronization

/// Builds the engine's parts a command needs, and no more: queries need only
/// the gazetteer; ingesting also needs the extractor, whose lexicons take
/// longer to load.
///
/// Every gazetteer a command uses is the built-in one plus the user's own
/// actors and aliases from the database (`annals actors add`, `alias`,
/// `import`), so each command knows the same actors.
enum Engine {
    /// The built-in actors and the user's own from `store`.
    static func gazetteer(store: AnnalsStore) throws -> Gazetteer {
        try gazetteer(adding: store.userEntries())
    }

    /// The built-in actors and the user's `entries` (for commands that also need the entries).
    static func gazetteer(adding entries: UserGazetteerEntries) throws -> Gazetteer {
        var gazetteer = try Gazetteer()
        gazetteer.add(entries)
        return gazetteer
    }

    /// Stores the built-in actors and their aliases in `store`, leaving the
    /// user's entries as they are.
    static func registerBuiltIns(in store: AnnalsStore) throws {
        try register(Gazetteer(), in: store)
    }

    private static func register(_ builtIns: Gazetteer, in store: AnnalsStore) throws {
        try store.register(actors: builtIns.actors, aliases: Dictionary(
            uniqueKeysWithValues: builtIns.actors.map { ($0.code, builtIns.aliases(of: $0.code)) }))
    }

    /// An ingestor writing to `store`, which first learns the built-in actors;
    /// it recognises the user's own actors too.
    static func ingestor(for store: AnnalsStore) throws -> Ingestor {
        Ingestor(extractor: try extractor(for: store))
    }

    /// An event extractor over the built-in and user actors, registered in `store`.
    ///
    /// Storing the built-in actors and building the lexicons take about as long
    /// as each other and do not depend on each other, so they run at once.
    static func extractor(for store: AnnalsStore) throws -> EventExtractor {
        let builtIns = try Gazetteer()
        var gazetteer = builtIns
        gazetteer.add(try store.userEntries())
        let registration = Mutex<(any Error)?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            do {
                try register(builtIns, in: store)
            } catch {
                registration.withLock { $0 = error }
            }
        }
        let extractor = Result { try EventExtractor(gazetteer: gazetteer) }
        group.wait()
        if let error = registration.withLock({ $0 }) { throw error }
        return try extractor.get()
    }
}
