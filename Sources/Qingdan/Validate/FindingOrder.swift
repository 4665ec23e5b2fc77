/// The order findings are listed in: the list as a whole first, then by item, code, column (in
/// printed order) and the order they were found in.
struct FindingOrder: Sendable {
    var columns: [Column]

    func sorted(_ findings: [Finding]) -> [Finding] {
        let position = Dictionary(columns.enumerated().map { ($0.element.header, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return findings.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let itemX = x.item ?? Int.min, itemY = y.item ?? Int.min
            if itemX != itemY { return itemX < itemY }
            if x.code != y.code { return x.code < y.code }
            let columnX = x.column.flatMap { position[$0] } ?? -1, columnY = y.column.flatMap { position[$0] } ?? -1
            if columnX != columnY { return columnX < columnY }
            return a.offset < b.offset
        }.map(\.element)
    }
}
