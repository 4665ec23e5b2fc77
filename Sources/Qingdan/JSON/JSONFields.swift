/// The members of one JSON object being read into a model value, with the path for errors.
/// A key that is missing and a key that is null both read as nil for optional fields.
struct JSONFields {
    let members: [(String, JSONValue)]
    let path: String

    init(_ value: JSONValue, path: String) throws(JSONShapeError) {
        guard case .object(let members) = value else {
            throw JSONShapeError(problem: "wrong type at", path: path.isEmpty ? "top level" : path)
        }
        self.members = members
        self.path = path
    }

    func place(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func value(_ key: String) -> JSONValue? {
        members.first { $0.0 == key }?.1
    }

    private func required(_ key: String) throws(JSONShapeError) -> JSONValue {
        guard let value = value(key) else { throw JSONShapeError(problem: "missing", path: place(key)) }
        return value
    }

    private func wrongType(_ key: String) -> JSONShapeError {
        JSONShapeError(problem: "wrong type at", path: place(key))
    }

    func string(_ key: String) throws(JSONShapeError) -> String {
        guard case .string(let s) = try required(key) else { throw wrongType(key) }
        return s
    }

    func optionalString(_ key: String) throws(JSONShapeError) -> String? {
        switch value(key) {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw wrongType(key)
        }
    }

    func int(_ key: String) throws(JSONShapeError) -> Int {
        guard case .int(let i) = try required(key) else { throw wrongType(key) }
        return i
    }

    func optionalInt(_ key: String) throws(JSONShapeError) -> Int? {
        switch value(key) {
        case nil, .null?: return nil
        case .int(let i)?: return i
        default: throw wrongType(key)
        }
    }

    /// A raw-value enum (`list_kind`, `format`, `severity`).
    func enumValue<T: RawRepresentable>(_ key: String, _ type: T.Type) throws(JSONShapeError) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string(key)) else {
            throw JSONShapeError(problem: "bad value at", path: place(key))
        }
        return value
    }

    func object<T: CanonicalJSON>(_ key: String, _ type: T.Type) throws(JSONShapeError) -> T {
        try T(canonicalJSON: required(key), path: place(key))
    }

    func array<T: CanonicalJSON>(_ key: String, of type: T.Type) throws(JSONShapeError) -> [T] {
        try elements(of: required(key), key: key) { (value, path) throws(JSONShapeError) in
            try T(canonicalJSON: value, path: path)
        }
    }

    func optionalArray<T: CanonicalJSON>(_ key: String, of type: T.Type) throws(JSONShapeError) -> [T]? {
        guard let value = value(key), value != .null else { return nil }
        return try elements(of: value, key: key) { (value, path) throws(JSONShapeError) in
            try T(canonicalJSON: value, path: path)
        }
    }

    func strings(_ key: String) throws(JSONShapeError) -> [String] {
        try elements(of: required(key), key: key) { (value, path) throws(JSONShapeError) in
            guard case .string(let s) = value else { throw JSONShapeError(problem: "wrong type at", path: path) }
            return s
        }
    }

    func ints(_ key: String) throws(JSONShapeError) -> [Int] {
        try elements(of: required(key), key: key, Self.int)
    }

    func optionalInts(_ key: String) throws(JSONShapeError) -> [Int]? {
        guard let value = value(key), value != .null else { return nil }
        return try elements(of: value, key: key, Self.int)
    }

    private static func int(_ value: JSONValue, _ path: String) throws(JSONShapeError) -> Int {
        guard case .int(let i) = value else { throw JSONShapeError(problem: "wrong type at", path: path) }
        return i
    }

    private func elements<T>(of value: JSONValue, key: String,
                             _ read: (JSONValue, String) throws(JSONShapeError) -> T) throws(JSONShapeError) -> [T] {
        guard case .array(let values) = value else { throw wrongType(key) }
        var out: [T] = []
        out.reserveCapacity(values.count)
        for (i, element) in values.enumerated() {
            out.append(try read(element, "\(place(key))[\(i)]"))
        }
        return out
    }
}
