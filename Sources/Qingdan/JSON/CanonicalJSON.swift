import Foundation

/// A model type that is written to and read from the canonical JSON (`qingdan-list.schema.json`)
/// by one pair of functions, so that write → read → write gives the same bytes and every reader
/// (diff, dataset, web app) sees what the writer wrote, objects' members in order.
public protocol CanonicalJSON {
    /// The value as written, members in schema order.
    var canonicalJSON: JSONValue { get }
    /// Reads the value back; `path` names where it sits, for errors.
    init(canonicalJSON: JSONValue, path: String) throws(JSONShapeError)
}

extension CanonicalJSON {
    /// The value pretty-printed as the JSON writer prints it, with a closing newline.
    public func canonicalJSONText() -> String {
        canonicalJSON.rendered() + "\n"
    }

    /// Reads JSON text written by `canonicalJSONText()` (or by any writer of the same shape).
    public init(canonicalJSONData data: Data) throws(JSONShapeError) {
        try self.init(canonicalJSON: JSONValue.parse(data), path: "")
    }
}

extension JSONValue {
    /// Parses JSON text keeping each object's member order.
    public static func parse(_ data: Data) throws(JSONShapeError) -> JSONValue {
        try JSONParser.parse(data)
    }

    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    static func optional(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }
}
