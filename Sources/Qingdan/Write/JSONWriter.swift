/// Writes the canonical JSON form (`qingdan-list.schema.json`), keys in schema order. The shape
/// is the model's own (`CanonicalJSON`), which every reader of the JSON reads back.
public struct JSONWriter: Sendable {
    public init() {}

    public func render(_ list: DutyList) -> String {
        list.canonicalJSONText()
    }

    func json(_ list: DutyList) -> JSONValue {
        list.canonicalJSON
    }
}
