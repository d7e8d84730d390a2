extension AnnalsStore {
    /// Reads every stored document again with `extractor`, in parallel on all
    /// cores, and replaces all events, participants and mentions with what it
    /// finds now; see ``recode(batchSize:extractingWith:progress:)``.
    ///
    /// - Parameter progress: called after each batch with the documents done and their total.
    public func recode(using extractor: EventExtractor, batchSize: Int = 64,
                       progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> RecodeSummary {
        let ingestor = Ingestor(extractor: extractor)
        return try recode(batchSize: batchSize, extractingWith: ingestor.extractInParallel, progress: progress)
    }
}
