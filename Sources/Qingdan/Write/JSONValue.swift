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
        var out = ""
        render(into: &out, indent: indent)
        return out
    }

    private func render(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): JSONValue.appendQuoted(s, to: &out)
        case .array(let values):
            if values.isEmpty { out += "[]"; return }
            // Short scalar arrays (pages, lines, department lists) stay on one line.
            if values.allSatisfy(\.isScalar), values.count <= 8 {
                out += "["
                for (i, v) in values.enumerated() {
                    if i > 0 { out += ", " }
                    v.render(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, v) in values.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                v.render(into: &out, indent: indent + 2)
                out += i == values.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, v)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                JSONValue.appendQuoted(key, to: &out)
                out += ": "
                v.render(into: &out, indent: indent + 2)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20 || c.value == 0x2028 || c.value == 0x2029:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
