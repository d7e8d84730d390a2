#if PostgreSQL
import PostgresNIO

/// One column of many rows, bound as a single array parameter in PostgreSQL's binary
/// form (a nil is the array's `NULL` element) and turned back into rows by `unnest`:
/// the text of a statement that writes many rows then stays the same whatever their
/// number, so the server parses and plans it once per connection.
struct ColumnArray<Element: PostgresArrayEncodable & PostgresNonThrowingEncodable & Sendable>: Sendable {
    private(set) var values: [Element?] = []

    init() {}

    mutating func append(_ value: Element?) {
        values.append(value)
    }
}

extension ColumnArray: PostgresNonThrowingEncodable {
    static var psqlType: PostgresDataType { Element.psqlArrayType }

    static var psqlFormat: PostgresFormat { .binary }

    /// A one-dimensional array from 1: its header (dimensions, whether a `NULL` is among
    /// the elements, their type), its length and lower bound, then each element after its
    /// length in bytes, -1 for `NULL`.
    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer,
                                                  context: PostgresEncodingContext<JSONEncoder>) {
        buffer.writeInteger(values.isEmpty ? 0 : 1, as: Int32.self)
        buffer.writeInteger(values.contains { $0 == nil } ? 1 : 0, as: Int32.self)
        buffer.writeInteger(Element.psqlType.rawValue)
        guard !values.isEmpty else { return }
        buffer.writeInteger(Int32(values.count))
        buffer.writeInteger(1, as: Int32.self)
        for value in values {
            guard let value else {
                buffer.writeInteger(-1, as: Int32.self)
                continue
            }
            let lengthIndex = buffer.writerIndex
            buffer.writeInteger(0, as: Int32.self)
            let start = buffer.writerIndex
            value.encode(into: &buffer, context: context)
            buffer.setInteger(Int32(buffer.writerIndex - start), at: lengthIndex)
        }
    }
}
#endif
