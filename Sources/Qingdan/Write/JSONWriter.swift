/// Writes the canonical JSON form (`qingdan-list.schema.json`), keys in schema order.
/// Finding messages are worded in `language` (Chinese by default); keys and codes stay.
public struct JSONWriter: Sendable {
    public var language: Language

    public init(language: Language = .chinese) { self.language = language }

    public func render(_ list: DutyList) -> String {
        json(list).rendered() + "\n"
    }

    func json(_ list: DutyList) -> JSONValue {
        .object([
            ("schema_version", .int(list.schemaVersion)),
            ("title", .string(list.title)),
            ("list_kind", .string(list.listKind.rawValue)),
            ("region", .object([
                ("province", optional(list.region.province)),
                ("city", optional(list.region.city)),
                ("district", optional(list.region.district)),
                ("township", optional(list.region.township)),
            ])),
            ("source", .object([
                ("file", .string(list.source.file)),
                ("format", .string(list.source.format.rawValue)),
                ("sha256", .string(list.source.sha256)),
                ("pages", list.source.pages.map(JSONValue.int) ?? .null),
            ])),
            ("columns", .array(list.columns.map(json))),
            ("items", .array(list.items.map(json))),
            ("findings", .array(list.findings.map(json))),
        ] + (list.sectionRows.map { [("section_rows", .array($0.map(json)))] } ?? []))
    }

    /// `group` only for a column under a grouped header: one-row headers keep their shape.
    private func json(_ column: Column) -> JSONValue {
        .object([("key", .string(column.key.description)), ("header", .string(column.header))]
                + (column.group.map { [("group", .string($0))] } ?? []))
    }

    private func json(_ section: ListSection) -> JSONValue {
        .object([
            ("text", .string(section.text)),
            ("level", .int(section.level)),
            ("title", .string(section.title)),
            ("first_item", section.firstItem.map(JSONValue.int) ?? .null),
        ])
    }

    private func json(_ item: Item) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("number", .int(item.number)),
            ("category", optional(item.category)),
        ]
        // Only lists with two category levels (二级类别, or （一） sub-section rows) carry it.
        if let subcategory = item.subcategory { members.append(("subcategory", .string(subcategory))) }
        members += [
            ("name", .string(item.name)),
            ("departments", .array(item.departments.map(JSONValue.string))),
            ("superior_duties", .array(item.superiorDuties.map(json))),
            ("township_duties", .array(item.townshipDuties.map(json))),
        ]
        if let content = item.content { members.append(("content", .array(content.map(json)))) }
        members.append(("cells", .object(item.cells.map { ($0.header, .string($0.text)) })))
        members.append(("source", .object([
            ("pages", .array(item.source.pages.map(JSONValue.int))),
            ("lines", item.source.lines.map { .array($0.map(JSONValue.int)) } ?? .null),
        ])))
        return .object(members)
    }

    private func json(_ section: Section) -> JSONValue {
        .object([
            ("heading", optional(section.heading)),
            ("departments", .array(section.departments.map(JSONValue.string))),
            ("clauses", .array(section.clauses.map(json))),
        ])
    }

    private func json(_ clause: Clause) -> JSONValue {
        .object([
            ("label", optional(clause.label)),
            ("text", .string(clause.text)),
            ("subclauses", .array(clause.subclauses.map(json))),
        ])
    }

    private func json(_ finding: Finding) -> JSONValue {
        .object([
            ("severity", .string(finding.severity.rawValue)),
            ("code", .string(finding.code)),
            ("item", finding.item.map(JSONValue.int) ?? .null),
            ("column", optional(finding.column)),
            ("message", .string(finding.message(in: language))),
        ])
    }

    private func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
}
