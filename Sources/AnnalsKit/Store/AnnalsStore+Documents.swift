import GRDB

extension AnnalsStore {
    /// The stored documents with these ids, in id order; unknown ids are skipped.
    public func documents(ids: some Sequence<Int64>) throws -> [StoredDocument] {
        let list = "[" + Set(ids).sorted().map(String.init).joined(separator: ",") + "]"
        return try writer.read { db in
            try DocumentRecord
                .filter(sql: "id IN (SELECT value FROM json_each(?))", arguments: [list])
                .order(DocumentRecord.CodingKeys.id)
                .fetchAll(db)
                .compactMap(\.storedDocument)
        }
    }
}
