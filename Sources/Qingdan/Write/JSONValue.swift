/// A JSON value whose objects keep their key order, so the canonical JSON reads in schema order
/// and is byte-for-byte deterministic.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.map(\.0) == y.map(\.0) && x.map(\.1) == y.map(\.1)
        default: return false
        }
    }

    /// Pretty-printed with two-space indents; non-ASCII kept as is. Ends without a newline.
    public func rendered(indent: Int = 0) -> String {
        String(decoding: renderedUTF8(indent: indent), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, built byte by byte: appending to a `String` checks and
    /// copies grapheme by grapheme, which cost a fifth of a PDF conversion.
    public func renderedUTF8(indent: Int = 0) -> [UInt8] {
        var out: [UInt8] = []
        render(into: &out, indent: indent)
        return out
    }

    func render<Sink: ByteSink>(into out: inout Sink, indent: Int) {
        switch self {
        case .null: Self.appendLiteral("null", to: &out)
        case .bool(let b): Self.appendLiteral(b ? "true" : "false", to: &out)
        case .int(let i): Self.appendDecimal(i, to: &out)
        case .string(let s): JSONValue.appendQuoted(s, to: &out)
        case .array(let values):
            if values.allSatisfy(\.isScalar) {
                JSONContainer.scalars(values, indent: indent, into: &out) { $0.render(into: &$1, indent: indent) }
                return
            }
            var array = JSONContainer.array(indent: indent)
            for value in values {
                array.next(into: &out)
                value.render(into: &out, indent: array.inner)
            }
            array.end(into: &out)
        case .object(let members):
            var object = JSONContainer.object(indent: indent)
            for (key, value) in members {
                object.key(key, into: &out)
                value.render(into: &out, indent: object.inner)
            }
            object.end(into: &out)
        }
    }

    static func appendDecimal<Sink: ByteSink>(_ value: Int, to out: inout Sink) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned: Int.min has no positive Int.
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// `text`'s bytes (a short literal) appended one by one: a literal's UTF-8 view was appended
    /// through the generic sequence path, some 170 instructions for two bytes.
    static func appendLiteral<Sink: ByteSink>(_ text: StaticString, to out: inout Sink) {
        text.withUTF8Buffer { out.append(bytes: $0) }
    }

    static func appendSpaces<Sink: ByteSink>(_ count: Int, to out: inout Sink) {
        // From a row of spaces (a `Repeated` collection was appended element by element).
        var left = count
        while left > 0 {
            let run = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { out.append(bytes: UnsafeBufferPointer(rebasing: $0[0..<run])) }
            left -= run
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// `s` in quotes, escaped byte by byte: every byte of a multi-byte UTF-8 sequence is ≥ 0x80,
    /// so only ASCII bytes and U+2028/U+2029 (E2 80 A8/A9) need looking at. Runs between escapes
    /// are copied whole.
    static func appendQuoted<Sink: ByteSink>(_ s: String, to out: inout Sink) {
        var s = s
        s.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// `appendQuoted` of a text given as its UTF-8 bytes: runs with nothing to escape (eight
    /// bytes at a time without a control character, quotation mark, backslash or E2 lead byte)
    /// are copied whole.
    static func appendQuoted<Sink: ByteSink>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) {
        out.append(UInt8(ascii: "\""))
        var index = 0
        var copied = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index < bytes.count {
            // Eight bytes with nothing to look at are passed over at once.
            if let raw, index + 8 <= bytes.count, !mayEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                index += 1
                continue
            }
            var length = 1
            let separator = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
            guard byte != 0xE2 || separator else {
                index += 1
                continue
            }
            out.append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0xE2:
                appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                length = 3
            default: appendUnicodeEscape(UInt32(byte), to: &out)
            }
            index += length
            copied = index
        }
        out.append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
        out.append(UInt8(ascii: "\""))
    }

    /// Whether a word of text holds a byte `appendQuoted` looks at: a control character, a
    /// quotation mark, a backslash, or E2 (the lead byte of U+2028 and U+2029, and of “”—…).
    @inline(__always)
    private static func mayEscape(_ word: UInt64) -> Bool {
        // Eight bytes of multi-byte characters (Chinese text) need only the E2 test.
        if ByteScan.allHigh(word) { return ByteScan.contains(word, 0xE2) }
        return ByteScan.containsBelow(word, 0x20) || ByteScan.contains(word, UInt8(ascii: "\"")) || ByteScan.contains(word, UInt8(ascii: "\\"))
            || ByteScan.contains(word, 0xE2)
    }

    /// `\u` and four lower-case hex digits.
    private static func appendUnicodeEscape<Sink: ByteSink>(_ value: UInt32, to out: inout Sink) {
        out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
