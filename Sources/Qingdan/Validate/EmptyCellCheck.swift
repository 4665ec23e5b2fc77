/// Reports empty cells in the columns every item needs.
struct EmptyCellCheck: Sendable {
    static let required: [ColumnKey] = [.number, .name, .departments, .superiorDuties, .townshipDuties, .content]

    /// `texts`: the item's cells under `columns` (`Item.texts(under:headersAreDistinct:)`).
    func findings(in item: Item, columns: [Column], texts: [String?]) -> [Finding] {
        var findings: [Finding] = []
        for (index, column) in columns.enumerated() where Self.required.contains(column.key) {
            guard let text = texts[index], CellText.isBlank(text) else { continue }
            findings.append(Finding(.warning, "cell.empty", item: item.number, column: column.header,
                                    .cellEmpty(column: column.header)))
        }
        return findings
    }
}
