/// Writes a diff as JSON in the shape `qingdan-diff.schema.json` describes, keys in schema
/// order, using the vocabulary of `*.changes.json` (removed / added / modified / renumbered /
/// unchanged; names without the closing 。).
public struct DiffJSONWriter: Sendable {
    public init() {}

    public func render(_ diff: ListDiff) -> String {
        json(diff).rendered() + "\n"
    }

    func json(_ diff: ListDiff) -> JSONValue {
        .object([
            ("schema", .string("qingdan-diff/1")),
            ("old", json(diff.old)),
            ("new", json(diff.new)),
            ("removed", .array(diff.removed.map { json($0, numberKey: "old_number") })),
            ("added", .array(diff.added.map { json($0, numberKey: "new_number") })),
            ("modified", .array(diff.modified.map(json))),
            ("renumbered", .int(diff.renumbered)),
            ("unchanged", .int(diff.unchanged)),
        ])
    }

    private func json(_ edition: EditionInfo) -> JSONValue {
        .object([
            ("title", .string(edition.title)),
            ("file", .string(edition.file)),
            ("items", .int(edition.itemCount)),
        ])
    }

    private func json(_ item: ItemSummary, numberKey: String) -> JSONValue {
        .object([
            (numberKey, .int(item.number)),
            ("name", .string(item.name)),
            ("category", optional(item.category)),
            ("departments", strings(item.departments)),
        ])
    }

    private func json(_ change: ItemChange) -> JSONValue {
        .object([
            ("old_number", .int(change.oldNumber)),
            ("new_number", .int(change.newNumber)),
            ("old_name", .string(change.oldName)),
            ("new_name", .string(change.newName)),
            ("fields", strings(change.fields.map(\.key))),
            ("changes", .object(change.fields.map { ($0.key, json($0)) })),
        ])
    }

    private func json(_ field: FieldChange) -> JSONValue {
        switch field {
        case .name(let text):
            return json(text)
        case .category(let old, let new):
            return .object([("old", optional(old)), ("new", optional(new))])
        case .departments(let change):
            return .object([
                ("added", strings(change.added)),
                ("removed", strings(change.removed)),
                ("old", strings(change.old)),
                ("new", strings(change.new)),
            ])
        case .duties(_, let change):
            return .object([
                ("headings_added", strings(change.headingsAdded)),
                ("headings_removed", strings(change.headingsRemoved)),
                ("clauses", .array(change.clauses.map(json))),
                ("cell", change.cellText.map(json) ?? .null),
            ])
        case .cell(_, let header, let text):
            return .object([("header", .string(header))] + members(text))
        }
    }

    private func json(_ clause: ClauseChange) -> JSONValue {
        .object([
            ("kind", .string(clause.kind.rawValue)),
            ("section", optional(clause.section)),
            ("old_label", optional(clause.oldLabel)),
            ("old_text", optional(clause.oldText)),
            ("new_label", optional(clause.newLabel)),
            ("new_text", optional(clause.newText)),
            ("diff", clause.kind == .reworded ? json(clause.runs) : .null),
        ])
    }

    private func json(_ text: TextChange) -> JSONValue { .object(members(text)) }

    private func members(_ text: TextChange) -> [(String, JSONValue)] {
        [("old", .string(text.old)), ("new", .string(text.new)), ("diff", json(text.runs))]
    }

    /// Runs as compact `[op, text]` pairs, op `=` kept, `+` inserted, `-` deleted.
    private func json(_ runs: [DiffRun]) -> JSONValue {
        .array(runs.map { .array([.string(symbol($0.operation)), .string($0.text)]) })
    }

    private func symbol(_ operation: DiffRun.Operation) -> String {
        switch operation {
        case .equal: return "="
        case .insert: return "+"
        case .delete: return "-"
        }
    }

    private func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    private func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
}
