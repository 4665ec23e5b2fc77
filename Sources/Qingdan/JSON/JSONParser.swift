import Foundation

/// Reads JSON text into a `JSONValue`, keeping every object's members in the order they are
/// written: the canonical JSON's `cells` are in printed column order, and a decoder that goes
/// through a dictionary loses it.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Where the parser is (`items`, 3, `number`), so that an error names the field, not only the byte.
    private var place: [PlaceComponent] = []

    private enum PlaceComponent {
        case key(String)
        case index(Int)
    }
    /// Nesting deeper than this is not a list qingdan wrote, and would exhaust the stack.
    private static let maxDepth = 512

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func parse(_ data: Data) throws(JSONShapeError) -> JSONValue {
        let result: Result<JSONValue, JSONShapeError> = data.withUnsafeBytes { raw in
            var parser = JSONParser(raw.bindMemory(to: UInt8.self))
            return Result { () throws(JSONShapeError) -> JSONValue in
                parser.skipBOM()
                let value = try parser.value(depth: 0)
                parser.skipSpace()
                guard parser.position == parser.bytes.count else { throw parser.error("text after the JSON value") }
                return value
            }
        }
        return try result.get()
    }

    // MARK: Grammar

    private mutating func value(depth: Int) throws(JSONShapeError) -> JSONValue {
        guard depth < Self.maxDepth else { throw error("nested too deeply") }
        skipSpace()
        guard let byte = peek() else { throw error("unexpected end") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .int(try integer())
        }
    }

    private mutating func object(depth: Int) throws(JSONShapeError) -> JSONValue {
        position += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if peek() == UInt8(ascii: "}") { position += 1; return .object(members) }
        while true {
            skipSpace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a key") }
            let key = try string()
            skipSpace()
            try expect(":")
            place.append(.key(key))
            members.append((key, try value(depth: depth + 1)))
            place.removeLast()
            skipSpace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func array(depth: Int) throws(JSONShapeError) -> JSONValue {
        position += 1
        var values: [JSONValue] = []
        skipSpace()
        if peek() == UInt8(ascii: "]") { position += 1; return .array(values) }
        while true {
            place.append(.index(values.count))
            values.append(try value(depth: depth + 1))
            place.removeLast()
            skipSpace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("]")
            return .array(values)
        }
    }

    /// The canonical form has integers only (序号, pages, lines); anything else is refused
    /// rather than rounded.
    private mutating func integer() throws(JSONShapeError) -> Int {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        var value = 0
        var digits = 0
        while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw error("number too large") }
            value = sum
            digits += 1
            position += 1
        }
        guard digits > 0 else { position = start; throw error("unexpected character") }
        if let byte = peek(), byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            throw error("not a whole number")
        }
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }

    private mutating func string() throws(JSONShapeError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes, the bytes are the string.
        while let byte = peek(), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            guard byte >= 0x20 else { throw error("control character in a string") }
            position += 1
        }
        if peek() == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
        }
        var out = Array(bytes[start..<position])
        while true {
            guard let byte = peek() else { throw error("unterminated string") }
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = peek() else { throw error("unterminated string") }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"): try unicodeEscape(into: &out)
                default: throw error("bad escape")
                }
            case let byte where byte < 0x20:
                throw error("control character in a string")
            default:
                out.append(byte)
            }
        }
    }

    private mutating func unicodeEscape(into out: inout [UInt8]) throws(JSONShapeError) {
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar) {
            guard peek() == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                throw error("lone surrogate")
            }
            position += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("lone surrogate") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw error("lone surrogate")
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("bad escape") }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    private mutating func hex4() throws(JSONShapeError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("bad escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("bad escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    // MARK: Bytes

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func skipSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private mutating func skipBOM() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    private mutating func literal(_ word: String) throws(JSONShapeError) {
        for byte in word.utf8 {
            guard peek() == byte else { throw error(peek() == nil ? "unexpected end" : "unexpected character") }
            position += 1
        }
    }

    private mutating func expect(_ char: Unicode.Scalar) throws(JSONShapeError) {
        guard peek() == UInt8(ascii: char) else { throw error(peek() == nil ? "unexpected end" : "expected \(char)") }
        position += 1
    }

    private func error(_ problem: String) -> JSONShapeError {
        let field = placePath
        let within = field.isEmpty ? "" : ", in \(field)"
        return JSONShapeError(problem: "not valid JSON (\(problem) at byte \(position + 1)\(within))", path: "")
    }

    /// `items[3].number`, the way the shape errors name a place.
    private var placePath: String {
        var path = ""
        for component in place {
            switch component {
            case .key(let key): path += path.isEmpty ? key : ".\(key)"
            case .index(let index): path += "[\(index)]"
            }
        }
        return path
    }
}
