extension DutyList: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("schema_version", .int(schemaVersion)),
            ("title", .string(title)),
            ("list_kind", .string(listKind.rawValue)),
            ("region", region.canonicalJSON),
            ("source", source.canonicalJSON),
            ("columns", .array(columns.map(\.canonicalJSON))),
            ("items", .array(items.map(\.canonicalJSON))),
            ("findings", .array(findings.map(\.canonicalJSON))),
        ] + (sectionRows.map { [("section_rows", .array($0.map(\.canonicalJSON)))] } ?? []))
    }

    /// Items' cells come back in the order they are written, which the writer takes from
    /// `columns`.
    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(
            title: try f.string("title"),
            listKind: try f.enumValue("list_kind", ListKind.self),
            region: try f.object("region", Region.self),
            source: try f.object("source", SourceInfo.self),
            columns: try f.array("columns", of: Column.self),
            items: try f.array("items", of: Item.self),
            findings: try f.array("findings", of: Finding.self),
            sectionRows: try f.optionalArray("section_rows", of: ListSection.self)
        )
        schemaVersion = try f.int("schema_version")
    }
}

extension Region: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("province", .optional(province)),
            ("city", .optional(city)),
            ("district", .optional(district)),
            ("township", .optional(township)),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(province: try f.optionalString("province"), city: try f.optionalString("city"),
                  district: try f.optionalString("district"), township: try f.optionalString("township"))
    }
}

extension SourceInfo: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("file", .string(file)),
            ("format", .string(format.rawValue)),
            ("sha256", .string(sha256)),
            ("pages", .optional(pages)),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(file: try f.string("file"), format: try f.enumValue("format", InputFormat.self),
                  sha256: try f.string("sha256"), pages: try f.optionalInt("pages"))
    }
}

extension Column: CanonicalJSON {
    /// `group` only for a column under a grouped header: one-row headers keep their shape.
    public var canonicalJSON: JSONValue {
        .object([("key", .string(key.description)), ("header", .string(header))]
                + (group.map { [("group", .string($0))] } ?? []))
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        guard let key = ColumnKey(rawValue: try f.string("key")) else {
            throw JSONShapeError(problem: "bad value at", path: f.place("key"))
        }
        self.init(key: key, header: try f.string("header"), group: try f.optionalString("group"))
    }
}

extension Finding: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("severity", .string(severity.rawValue)),
            ("code", .string(code)),
            ("item", .optional(item)),
            ("column", .optional(column)),
            ("message", .string(message)),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(try f.enumValue("severity", Severity.self), try f.string("code"),
                  item: try f.optionalInt("item"), column: try f.optionalString("column"), message: try f.string("message"))
    }
}

extension ListSection: CanonicalJSON {
    public var canonicalJSON: JSONValue {
        .object([
            ("text", .string(text)),
            ("level", .int(level)),
            ("title", .string(title)),
            ("first_item", .optional(firstItem)),
        ])
    }

    public init(canonicalJSON json: JSONValue, path: String) throws(JSONShapeError) {
        let f = try JSONFields(json, path: path)
        self.init(text: try f.string("text"), level: try f.int("level"), title: try f.string("title"),
                  firstItem: try f.optionalInt("first_item"))
    }
}
