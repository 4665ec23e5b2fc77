/// How the canonical JSON lays out an object or array: `{`/`[` and a newline before the first
/// member, `,` and a newline between members, each member indented two spaces more, the closing
/// bracket on a line of its own; an empty one is `{}`/`[]`; an array of at most
/// `shortArrayLimit` scalars stays on one line (`[1, 2]`). `JSONValue` renders its tree with it
/// and the writers render a list's items with it directly, without building a tree per item
/// (callgrind: the tree was most of the JSON writer's instructions).
struct JSONContainer {
    /// Short scalar arrays (pages, lines, department lists) stay on one line.
    static let shortArrayLimit = 8

    private let indent: Int
    private let open: UInt8
    private let close: UInt8
    private var count = 0

    static func object(indent: Int) -> JSONContainer { JSONContainer(indent: indent, open: UInt8(ascii: "{"), close: UInt8(ascii: "}")) }
    static func array(indent: Int) -> JSONContainer { JSONContainer(indent: indent, open: UInt8(ascii: "["), close: UInt8(ascii: "]")) }

    private init(indent: Int, open: UInt8, close: UInt8) {
        self.indent = indent
        self.open = open
        self.close = close
    }

    /// The indent of a member's own lines.
    var inner: Int { indent + 2 }

    /// Starts the next member of an array.
    mutating func next<Sink: ByteSink>(into out: inout Sink) {
        if count == 0 {
            out.append(open)
            out.append(UInt8(ascii: "\n"))
        } else {
            JSONValue.appendLiteral(",\n", to: &out)
        }
        count += 1
        JSONValue.appendSpaces(inner, to: &out)
    }

    /// Starts the next member of an object: its key and `: `.
    mutating func key<Sink: ByteSink>(_ key: String, into out: inout Sink) {
        next(into: &out)
        JSONValue.appendQuoted(key, to: &out)
        JSONValue.appendLiteral(": ", to: &out)
    }

    /// `key(_:into:)` of one of the schema's own keys (ASCII letters and `_`, nothing to
    /// escape): its bytes written as they are.
    mutating func field<Sink: ByteSink>(_ key: StaticString, into out: inout Sink) {
        next(into: &out)
        out.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { out.append(bytes: $0) }
        JSONValue.appendLiteral("\": ", to: &out)
    }

    func end<Sink: ByteSink>(into out: inout Sink) {
        guard count > 0 else {
            out.append(open)
            out.append(close)
            return
        }
        out.append(UInt8(ascii: "\n"))
        JSONValue.appendSpaces(indent, to: &out)
        out.append(close)
    }

    /// An array of scalars: on one line when short, else one per line.
    static func scalars<Values: Collection, Sink: ByteSink>(_ values: Values, indent: Int, into out: inout Sink,
                                                            render: (Values.Element, inout Sink) -> Void) {
        guard values.count <= shortArrayLimit else {
            var array = JSONContainer.array(indent: indent)
            for value in values {
                array.next(into: &out)
                render(value, &out)
            }
            array.end(into: &out)
            return
        }
        out.append(UInt8(ascii: "["))
        var first = true
        for value in values {
            if !first { JSONValue.appendLiteral(", ", to: &out) }
            first = false
            render(value, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func strings<Sink: ByteSink>(_ values: [String], indent: Int, into out: inout Sink) {
        scalars(values, indent: indent, into: &out) { JSONValue.appendQuoted($0, to: &$1) }
    }

    static func optionalString<Sink: ByteSink>(_ value: String?, into out: inout Sink) {
        if let value { JSONValue.appendQuoted(value, to: &out) } else { JSONValue.appendLiteral("null", to: &out) }
    }
}
