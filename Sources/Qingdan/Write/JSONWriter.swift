import Foundation

/// Writes the canonical JSON form (`qingdan-list.schema.json`), keys in schema order. The shape
/// is the model's own (`CanonicalJSON`), which every reader of the JSON reads back. Finding
/// messages are worded in `language` (Chinese by default); keys and codes stay.
public struct JSONWriter: Sendable {
    public var language: Language

    public init(language: Language = .chinese) { self.language = language }

    public func render(_ list: DutyList) -> String {
        worded(list).canonicalJSONText()
    }

    /// The same as `render`, as UTF-8 bytes without a `String` in between.
    public func data(_ list: DutyList) -> Data {
        var out = OutputBuffer()
        // A buffer kept in memory hands nothing on, so it cannot fail.
        try? write(list, to: &out)
        return out.data
    }

    /// The same bytes appended to `out` item by item, handed on between items: the JSON of a long
    /// list is never held whole. The layout is `JSONValue`'s: the list's object with its items
    /// array rendered one element at a time.
    public func write(_ list: DutyList, to out: inout OutputBuffer) throws(QingdanError) {
        var shell = worded(list)
        let items = shell.items
        shell.items = []
        guard case .object(let members) = shell.canonicalJSON, !items.isEmpty else {
            shell.items = items
            out.bytes += shell.canonicalJSON.renderedUTF8()
            out.bytes.append(UInt8(ascii: "\n"))
            return
        }
        out.bytes += "{\n".utf8
        for (index, (key, value)) in members.enumerated() {
            JSONValue.appendSpaces(2, to: &out.bytes)
            JSONValue.appendQuoted(key, to: &out.bytes)
            out.bytes += ": ".utf8
            if key == Self.itemsKey {
                out.bytes += "[\n".utf8
                // Each item rendered into one `ByteWriter` (an append is a capacity check and a
                // copy; an array's costs some 100 instructions, and an item makes hundreds), then
                // its bytes handed to the buffer at once.
                var scratch = ByteWriter(capacity: Self.itemCapacity)
                for (number, item) in items.enumerated() {
                    scratch.removeAll()
                    JSONValue.appendSpaces(4, to: &scratch)
                    item.renderCanonicalJSON(into: &scratch, indent: 4)
                    JSONValue.appendLiteral(number == items.count - 1 ? "\n" : ",\n", to: &scratch)
                    scratch.withBytes { out.bytes.append(contentsOf: $0) }
                    try out.flushIfFull()
                }
                JSONValue.appendSpaces(2, to: &out.bytes)
                out.bytes.append(UInt8(ascii: "]"))
            } else {
                value.render(into: &out.bytes, indent: 2)
            }
            out.bytes += (index == members.count - 1 ? "\n" : ",\n").utf8
        }
        out.bytes += "}\n".utf8
    }

    /// Bytes an item's JSON starts out with room for (it grows as needed).
    private static let itemCapacity = 1 << 14

    /// The member of the list's object that holds the items (`DutyList.canonicalJSON`).
    private static let itemsKey = "items"

    func json(_ list: DutyList) -> JSONValue {
        worded(list).canonicalJSON
    }

    /// The list with each finding's message worded in `language`: the JSON carries the words, and
    /// the model words them in Chinese unless told otherwise.
    private func worded(_ list: DutyList) -> DutyList {
        guard language != .chinese else { return list }
        var copy = list
        copy.findings = list.findings.map { finding in
            Finding(finding.severity, finding.code, item: finding.item, column: finding.column, .verbatim(finding.message(in: language)))
        }
        return copy
    }
}
