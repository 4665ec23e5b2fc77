/// Reports empty cells in the columns every item needs.
struct EmptyCellCheck: Sendable {
    static let required: [ColumnKey] = [.number, .name, .departments, .superiorDuties, .townshipDuties, .content]

    func findings(in item: Item, columns: [Column]) -> [Finding] {
        columns.filter { Self.required.contains($0.key) }.compactMap { column in
            guard let text = item.cell(column.header), CellText.isBlank(text) else { return nil }
            return Finding(.warning, "cell.empty", item: item.number, column: column.header,
                           .cellEmpty(column: column.header))
        }
    }
}
