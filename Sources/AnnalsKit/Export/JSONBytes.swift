/// UTF-8 text being written, in memory of its own that grows as needed: the JSON
/// exports build their text here, a pointer store per byte, with none of an
/// array's bookkeeping (uniqueness and capacity checks) on each append.
///
/// Each append makes room for what it writes; ``append(jsonString:)`` writes a
/// string as a JSON string literal, escaping through a table of the 256 byte values.
struct JSONBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    /// How much an export gathers before it hands the bytes to its output.
    static let chunkSize = 1 << 16

    init(capacity: Int = 1 << 17) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written, keeping the memory.
    mutating func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// A member's key: a comma unless it is the object's `first`, then (`pretty`) a line
    /// break and `level` levels of two spaces, then the quoted name and its colon
    /// (`" : "` pretty-printed, `":"` compact); one reservation for all of it.
    @inline(__always)
    mutating func append(key name: StaticString, level: Int, first: Bool, pretty: Bool) {
        let indent = pretty ? 2 * level : 0
        reserve(name.utf8CodeUnitCount + indent + 7)
        var end = base + count
        if !first {
            end.pointee = UInt8(ascii: ",")
            end += 1
        }
        if pretty {
            end.pointee = UInt8(ascii: "\n")
            end += 1
            end.initialize(repeating: UInt8(ascii: " "), count: indent)
            end += indent
        }
        end.pointee = UInt8(ascii: "\"")
        end += 1
        end.initialize(from: name.utf8Start, count: name.utf8CodeUnitCount)
        end += name.utf8CodeUnitCount
        if pretty {
            end[0] = UInt8(ascii: "\"")
            end[1] = UInt8(ascii: " ")
            end[2] = UInt8(ascii: ":")
            end[3] = UInt8(ascii: " ")
            end += 4
        } else {
            end[0] = UInt8(ascii: "\"")
            end[1] = UInt8(ascii: ":")
            end += 2
        }
        count = end - base
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(UnsafeRawBufferPointer($0)) }
    }

    /// `count` spaces.
    @inline(__always)
    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        reserve(count)
        (base + self.count).initialize(repeating: UInt8(ascii: " "), count: count)
        self.count += count
    }

    /// `value` in decimal digits, as `String(value)` writes it.
    mutating func append(integer value: Int64) {
        reserve(20)
        if value < 0 {
            base[count] = UInt8(ascii: "-")
            count += 1
        }
        // The magnitude as unsigned, so that Int64.min has one too.
        var magnitude = value.magnitude
        var digits = 0
        var rest = magnitude
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        var index = count + digits - 1
        repeat {
            base[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
        count += digits
    }

    /// `date` as `YYYY-MM-DD`, as ``DayDate/iso`` writes it.
    mutating func append(date: DayDate) {
        guard (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) else {
            var iso = date.iso
            iso.withUTF8 { append(UnsafeRawBufferPointer($0)) }
            return
        }
        reserve(10)
        let zero = UInt8(ascii: "0")
        let year = date.year
        base[count] = zero + UInt8(year / 1000)
        base[count + 1] = zero + UInt8(year / 100 % 10)
        base[count + 2] = zero + UInt8(year / 10 % 10)
        base[count + 3] = zero + UInt8(year % 10)
        base[count + 4] = UInt8(ascii: "-")
        base[count + 5] = zero + UInt8(date.month / 10)
        base[count + 6] = zero + UInt8(date.month % 10)
        base[count + 7] = UInt8(ascii: "-")
        base[count + 8] = zero + UInt8(date.day / 10)
        base[count + 9] = zero + UInt8(date.day % 10)
        count += 10
    }

    /// `value` as a JSON string literal: quotes, backslashes and control characters
    /// escaped as `JSONEncoder` escapes them, slashes and every other character as they are.
    mutating func append(jsonString value: String) {
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ append(jsonString: $0) }) {
            return done
        }
        var copy = value
        copy.withUTF8 { append(jsonString: $0) }
    }

    private mutating func append(jsonString utf8: UnsafeBufferPointer<UInt8>) {
        // At most six bytes for each byte (\u00XX) and the two quotes.
        reserve(6 * utf8.count + 2)
        var end = base + count
        end.pointee = UInt8(ascii: "\"")
        end += 1
        JSONBytes.escapes.withUnsafeBufferPointer { escapes in
            for byte in utf8 {
                let escape = escapes[Int(byte)]
                if escape == 0 {
                    end.pointee = byte
                    end += 1
                    continue
                }
                end[0] = UInt8(ascii: "\\")
                end[1] = escape
                if escape != UInt8(ascii: "u") {
                    end += 2
                    continue
                }
                end[2] = UInt8(ascii: "0")
                end[3] = UInt8(ascii: "0")
                end[4] = JSONBytes.hexDigit(byte >> 4)
                end[5] = JSONBytes.hexDigit(byte & 0x0F)
                end += 6
            }
        }
        end.pointee = UInt8(ascii: "\"")
        end += 1
        count = end - base
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// For each byte value, the letter after the backslash that escapes it (`u` for
    /// `\u00XX`), or 0 when it is written as it is.
    private static let escapes: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 0x22: UInt8(ascii: "\"")
        case 0x5C: UInt8(ascii: "\\")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0..<0x20: UInt8(ascii: "u")
        default: 0
        }
    }
}
