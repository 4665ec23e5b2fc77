extension Item: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        var members: [(String, JSONValue)] = [
            ("number", .int(number)),
            ("category", .optional(category)),
        ]
        // Only lists with two category levels (二级类别, or （一） sub-section rows) carry it.
        if let subcategory { members.append(("subcategory", .string(subcategory))) }
        members += [
            ("name", .string(name)),
            ("departments", .array(departments.map(JSONValue.string))),
            ("superior_duties", .array(superiorDuties.map(\.canonicalJSON))),
            ("township_duties", .array(townshipDuties.map(\.canonicalJSON))),
        ]
        // Only lists with a 具体内容 column have the key.
        if let content { members.append(("content", .array(content.map(\.canonicalJSON)))) }
        members.append(("cells", .object(cells.map { ($0.header, .string($0.text)) })))
        members.append(("source", source.canonicalJSON))
        return .object(members)
    }

    /// `cells` keeps the order its members are written in: the printed column order.
    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        guard case .object(let cellMembers)? = f.value("cells") else {
            throw JSONShapeError(problem: f.value("cells") == nil ? "missing" : "wrong type at", path: f.place("cells"))
        }
        var cells: [CellEntry] = []
        cells.reserveCapacity(cellMembers.count)
        for (header, value) in cellMembers {
            guard case .string(let text) = value else {
                throw JSONShapeError(problem: "wrong type at", path: "\(f.place("cells")).\(header)")
            }
            cells.append(CellEntry(header: header, text: text))
        }
        self.init(
            number: try f.int("number"),
            category: try f.optionalString("category"),
            name: try f.string("name"),
            departments: try f.strings("departments"),
            superiorDuties: try f.array("superior_duties", of: Section.self),
            townshipDuties: try f.array("township_duties", of: Clause.self),
            content: try f.optionalArray("content", of: Clause.self),
            cells: cells,
            source: try f.object("source", ItemSource.self),
            subcategory: try f.optionalString("subcategory")
        )
    }
}

extension ItemSource: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("pages", .array(pages.map(JSONValue.int))),
            ("lines", lines.map { .array($0.map(JSONValue.int)) } ?? .null),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(pages: try f.ints("pages"), lines: try f.optionalInts("lines"))
    }
}

extension Section: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("heading", .optional(heading)),
            ("departments", .array(departments.map(JSONValue.string))),
            ("clauses", .array(clauses.map(\.canonicalJSON))),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(heading: try f.optionalString("heading"), departments: try f.strings("departments"),
                  clauses: try f.array("clauses", of: Clause.self))
    }
}

extension Clause: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("label", .optional(label)),
            ("text", .string(text)),
            ("subclauses", .array(subclauses.map(\.canonicalJSON))),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(label: try f.optionalString("label"), text: try f.string("text"),
                  subclauses: try f.array("subclauses", of: Clause.self))
    }
}
