/// A 事项类别 column that is empty on some rows while other rows have one: a category merged over
/// rows whose value did not reach every row (across a page break, or printed once in a text
/// export). One finding per run of such rows.
struct CategoryCheck: Sendable {
    func findings(in items: [Item], columns: [Column]) -> [Finding] {
        guard let column = columns.first(where: { $0.key == .category }) else { return [] }
        let empty = items.map { CellText.isBlank($0.category ?? "") }
        guard empty.contains(false), empty.contains(true) else { return [] }
        var findings: [Finding] = []
        var index = 0
        while index < items.count {
            guard empty[index] else { index += 1; continue }
            var end = index
            while end < items.count, empty[end] { end += 1 }
            let numbers = items[index..<end].map(\.number)
            findings.append(Finding(.error, "category.missing", item: numbers.first, column: column.header,
                                    message: "第\(CategoryRuns.range(numbers))项没有\(column.header)，而其他项有：多半是跨行合并的类别没有读到这些行，请对照原件补上"))
            index = end
        }
        return findings
    }
}
