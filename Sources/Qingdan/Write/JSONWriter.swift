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
        var bytes = json(list).renderedUTF8()
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
    }

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
