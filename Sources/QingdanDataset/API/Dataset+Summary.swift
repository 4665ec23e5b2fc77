import GRDB
import Qingdan

extension Dataset {
    /// Item counts per region (township), kind, edition and category: each list's counts
    /// packed (summary_rows, written when the list was added), the lists in report order (the
    /// index lists_in_order).
    public func summary() throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let lists = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM lists") ?? 0
            let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })
            var cells = ReportCells()
            var total = 0
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT l.id, l.region, l.township, l.kind, l.edition, s.packed
                FROM lists l INDEXED BY lists_in_order
                JOIN summary_rows s ON s.list_id = l.id
                ORDER BY \(ListOrder.sql)
                """)
            while let row = try cursor.next() {
                let id: Int64 = row[0], kind: String = row[3]
                let list = [cells.store(row[1] as String), cells.store(row[2] ?? ""),
                            cells.store(kindNames[kind] ?? text.kindName(.other)), cells.store(text.edition(row[4]))]
                let damaged = try row.withUnsafeData(atIndex: 5) { data -> Bool in
                    guard let data else { return true }
                    return data.withUnsafeBytes { bytes in
                        let base = cells.store(raw: bytes)
                        var reader = PackedReader(bytes)
                        let categories = reader.count()
                        // Each category takes two bytes at least: a count beyond that is damage.
                        guard categories <= reader.remaining / 2 else { return true }
                        for _ in 0..<categories where !reader.failed {
                            for cell in list { cells.append(cell) }
                            let category = reader.text(in: cells, base: base)
                            cells.append(category)
                            let count = reader.count()
                            let number = cells.store(count)
                            cells.append(number)
                            cells.endRow()
                            total += count
                        }
                        return reader.failed || !reader.atEnd
                    }
                }
                if damaged { throw DatasetError(.database, text.damaged("summary_rows", id)) }
            }
            return ReportTable(
                title: text.summaryTitle,
                columns: text.columns(.region, .township, .kind, .edition, .category, .items),
                cells: cells,
                notes: [text.summaryNote(lists: lists, items: total)])
        }
    }
}
