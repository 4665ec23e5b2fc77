/// An item without 事项名称 is not an item a clerk can use: a section row, a header or the tail of
/// the row above read as a row of its own, or a name glued into the next column.
struct NameCheck: Sendable {
    func findings(in item: Item, columns: [Column]) -> [Finding] {
        guard let column = columns.first(where: { $0.key == .name }), item.name.isEmpty else { return [] }
        return [Finding(.error, "name.empty", item: item.number, column: column.header,
                        message: "第\(item.number)项的“\(column.header)”是空的：请核对这一行是不是分类行、表头或上一项的续行，或名称是否被并进了旁边的列")]
    }
}
