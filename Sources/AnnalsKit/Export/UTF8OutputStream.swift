/// A text stream that also takes text already encoded as UTF-8, without the
/// round trip through `String` that `TextOutputStream.write(_:)` needs.
///
/// Exporters that build their text as bytes write through
/// `TextOutputStream.write(utf8:)`, which uses this when the stream offers it.
public protocol UTF8OutputStream: AnyObject, TextOutputStream {
    /// Appends `bytes`, which are well-formed UTF-8.
    func write(utf8 bytes: UnsafeRawBufferPointer)
}

extension TextOutputStream {
    /// Appends `bytes`, which are well-formed UTF-8: directly into a
    /// ``UTF8OutputStream``, else as a `String`.
    mutating func write(utf8 bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if let stream = self as? any UTF8OutputStream {
            stream.write(utf8: bytes)
        } else {
            write(String(decoding: bytes, as: UTF8.self))
        }
    }
}
