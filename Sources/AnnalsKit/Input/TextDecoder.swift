import Foundation

/// Turns a file's bytes into text, or says why it is not a text article.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark
/// are decoded; NUL bytes or a known binary signature (PDF, PNG, JPEG, GIF,
/// ZIP, gzip, ELF, RIFF) mean binary. Text that is not valid UTF-8 but reads
/// as Windows-1256 Arabic-script text (older Persian sites) is decoded as
/// such; anything else is rejected with the offset of the first bad byte.
struct TextDecoder: Sendable {
    func decode(_ data: Data, path: String) throws(InputError) -> String {
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw .empty(path: path) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard bytes.count % 2 == 0, let text = String(data: data, encoding: .utf16) else {
                throw .invalidEncoding(path: path, offset: bytes.count % 2 == 0 ? 0 : bytes.count - 1)
            }
            return try nonEmpty(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, path: path)
        }
        if Self.binarySignatures.contains(where: { bytes.starts(with: $0) }) { throw .binary(path: path, offset: 0) }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, offset: nul) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Valid UTF-8, nearly every file: checked and copied in one pass of the standard library's.
        if #available(macOS 15, *), let text = String(validating: body, as: UTF8.self) {
            return try nonEmpty(text, path: path)
        }
        if let offset = Self.firstInvalidUTF8Offset(in: body) {
            if let control = body.firstIndex(where: Self.isBinaryControl) { throw .binary(path: path, offset: control) }
            guard Windows1256.looksLikeArabicScript(body) else { throw .invalidEncoding(path: path, offset: offset) }
            return try nonEmpty(Windows1256.decode(body), path: path)
        }
        return try nonEmpty(String(decoding: body, as: UTF8.self), path: path)
    }

    /// The first bytes of files that are not text (PDF, PNG, JPEG, GIF, ZIP, gzip, ELF, RIFF).
    static let binarySignatures: [[UInt8]] = [Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF],
                                              Array("GIF8".utf8), [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B],
                                              [0x7F] + Array("ELF".utf8), Array("RIFF".utf8)]

    private func nonEmpty(_ text: String, path: String) throws(InputError) -> String {
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            throw .empty(path: path)
        }
        return text
    }

    /// C0 control bytes that text files do not hold (tab, line feed, form feed and carriage return aside).
    static func isBinaryControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D
    }

    /// The byte offset of the first byte that breaks UTF-8, or nil when all is well.
    static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            for next in (index + 1)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return index }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }
}
