/// Reports duty cells whose sections and clauses do not rebuild the printed text: a reading that
/// lost or invented text, which must never pass silently.
struct StructureCheck: Sendable {
    /// `texts`: the item's cells under `columns` (`Item.texts(under:headersAreDistinct:)`).
    func findings(in item: Item, columns: [Column], texts: [String?]) -> [Finding] {
        LosslessCheck.mismatches(in: item, columns: columns, texts: texts).map { column in
            Finding(.error, "structure.lossy", item: item.number, column: column.header,
                    .structureLossy(column: column.header))
        }
    }
}
