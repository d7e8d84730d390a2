import AnnalsKit

/// Builds the engine's parts a command needs, and no more: queries need only
/// the gazetteer; ingesting also needs the extractor, whose lexicons take
/// longer to load.
enum Engine {
    /// The gazetteer: the built-in actors.
    static func gazetteer() throws -> Gazetteer {
        try Gazetteer()
    }

    /// An ingestor writing to `store`, which first learns the gazetteer's actors.
    static func ingestor(for store: AnnalsStore, gazetteer: Gazetteer) throws -> Ingestor {
        try store.register(actors: gazetteer.actors, aliases: Dictionary(
            uniqueKeysWithValues: gazetteer.actors.map { ($0.code, gazetteer.aliases(of: $0.code)) }))
        return Ingestor(extractor: try EventExtractor(gazetteer: gazetteer))
    }
}
