import AnnalsKit

/// The engine's parts the commands share, built once per run: the gazetteer
/// (built-in actors plus the database's own) and the extractor.
struct Engine {
    let gazetteer: Gazetteer
    let ingestor: Ingestor

    init(store: AnnalsStore) throws {
        let gazetteer = try Gazetteer()
        try store.register(actors: gazetteer.actors, aliases: Dictionary(
            uniqueKeysWithValues: gazetteer.actors.map { ($0.code, gazetteer.aliases(of: $0.code)) }))
        self.gazetteer = gazetteer
        ingestor = Ingestor(extractor: try EventExtractor(gazetteer: gazetteer))
    }
}
