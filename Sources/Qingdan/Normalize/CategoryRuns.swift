/// A 事项类别 merged over a run of rows is printed once: text exports print it on one line
/// somewhere inside the run, so the other rows of the run arrive with the cell empty. Where the
/// run is certain the value is filled in (and reported); where it is not, the rows stay empty and
/// the validator's `category.missing` error names them.
struct CategoryRuns: Sendable {
    func fill(_ items: inout [Item], columns: [Column]) -> [Finding] {
        guard let column = columns.first(where: { $0.key == .category }) else { return [] }
        let values = items.map { CellText.isBlank($0.category ?? "") ? nil : $0.category }
        let distinct = Set(values.compactMap { $0 })
        guard !distinct.isEmpty, values.contains(where: { $0 == nil }) else { return [] }
        var findings: [Finding] = []
        var index = 0
        while index < items.count {
            guard values[index] == nil else { index += 1; continue }
            var end = index
            while end < items.count, values[end] == nil { end += 1 }
            let before = index > 0 ? values[index - 1] : nil
            let after = end < items.count ? values[end] : nil
            // Certain: the same value on both sides (a run cannot be interrupted), or one value in
            // the whole column (the list is one category).
            let value: String? = before != nil && before == after ? before : distinct.count == 1 ? distinct.first : nil
            if let value {
                for position in index..<end { items[position].category = value }
                let numbers = items[index..<end].map(\.number)
                findings.append(Finding(.info, "category.filled", item: numbers.first, column: column.header,
                                        message: "第\(Self.range(numbers))项的\(column.header)未印出，按上下相同的“\(value)”补齐（合并单元格）"))
            }
            index = end
        }
        return findings
    }

    static func range(_ numbers: [Int]) -> String {
        guard let first = numbers.first, let last = numbers.last else { return "" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}
