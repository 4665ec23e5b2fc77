import GRDB
import Qingdan

extension Dataset {
    /// Every item and clause of one department across all lists, matched on the resolved name:
    /// 区市场监督局 finds what lists print as 区市场监督管理局. An item that names the department
    /// in 对应上级部门 without a duty section of its own is listed once without a clause.
    public func department(_ asked: String) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let name = try Self.resolveDepartment(asked, db)
            // The department's rows of every list, along one range of department_rows' key (a
            // seek for each list in report order cost 25,000 instructions), one blob after
            // another; then the lists in report order (the index lists_in_order) pick theirs.
            var blobs: [UInt8] = []
            var packed: [Int64: (start: Int, count: Int, items: Int)] = [:]
            var rowCount = 0
            let rows = try Row.fetchCursor(db, sql: """
                SELECT list_id, items, rows, packed FROM department_rows WHERE name = ?
                """, arguments: [name])
            while let row = try rows.next() {
                let id: Int64 = row[0], start = blobs.count
                rowCount += row[2] as Int
                let found = try row.withUnsafeData(atIndex: 3) { data in
                    data.map { data in data.withUnsafeBytes { blobs.append(contentsOf: $0) } } != nil
                }
                guard found else { throw DatasetError(.database, text.damaged("department_rows", id)) }
                packed[id] = (start, blobs.count - start, row[1])
            }
            // The lists in report order (the index lists_in_order) pick theirs; their own texts
            // go after the blobs, so that every cell lies in the one buffer the cells take.
            let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })
            var order: [(id: Int64, texts: [(start: Int, count: Int)])] = []
            if !packed.isEmpty {
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT l.id, l.region, l.kind, l.edition
                    FROM lists l INDEXED BY lists_in_order
                    ORDER BY \(ListOrder.sql)
                    """)
                func store(_ text: String) -> (start: Int, count: Int) {
                    let start = blobs.count
                    blobs += text.utf8
                    return (start, blobs.count - start)
                }
                while let row = try cursor.next() {
                    let id: Int64 = row[0]
                    guard packed[id] != nil else { continue }
                    let kind: String = row[2]
                    order.append((id, [store(row[1]), store(kindNames[kind] ?? text.kindName(.other)), store(text.edition(row[3]))]))
                }
            }
            // The cells share the blobs' buffer: appending cells writes none of its bytes.
            var cells = ReportCells(bytes: blobs)
            // Ten cells a row (no more rows than the blobs have bytes, should a count be damaged).
            let rowsAtMost = min(rowCount, blobs.count)
            cells.reserve(bytes: 0, cells: rowsAtMost * 10, rows: rowsAtMost)
            let empty = cells.cell(stored: 0, offset: 0, count: 0)
            var items = 0
            try blobs.withUnsafeBytes { bytes in
                for (id, texts) in order {
                    guard let rows = packed[id] else { continue }
                    let list = texts.map { cells.cell(stored: $0.start, offset: 0, count: $0.count) }
                    items += rows.items
                    let whole = Self.appendRows(packed: UnsafeRawBufferPointer(rebasing: bytes[rows.start..<(rows.start + rows.count)]),
                                                stored: rows.start, list: ListCells(region: list[0], kind: list[1], edition: list[2]),
                                                empty: empty, to: &cells)
                    guard whole else { throw DatasetError(.database, text.damaged("department_rows", id)) }
                }
            }
            let lists = order.count
            return ReportTable(
                title: text.departmentTitle(name),
                columns: text.columns(.region, .kind, .edition, .number, .name, .lineage, .column, .heading, .label, .text),
                cells: cells,
                notes: [text.departmentNote(asked: asked, resolved: name, items: items, lists: lists)])
        }
    }

    /// A list's own cells at the start of each of its rows.
    struct ListCells {
        var region, kind, edition: ReportCells.Cell
    }

    /// Appends the rows of one list's `department_rows.packed` (`ListAnswers.writeDepartments`),
    /// stored in `cells` at `base`, after the list's own cells; false when the blob is damaged.
    static func appendRows(packed bytes: UnsafeRawBufferPointer, stored base: Int, list: ListCells, empty: ReportCells.Cell,
                           to cells: inout ReportCells) -> Bool {
        var reader = PackedReader(bytes)
        while !reader.atEnd, !reader.failed {
            let clauses = reader.count()
            let number = reader.cellText(in: cells, base: base), name = reader.cellText(in: cells, base: base),
                lineage = reader.cellText(in: cells, base: base)
            // Each clause takes four bytes at least: a count beyond that is damage.
            guard clauses <= reader.remaining / 4 else { return false }
            func head() {
                cells.append(list.region)
                cells.append(list.kind)
                cells.append(list.edition)
                cells.append(number)
                cells.append(name)
                cells.append(lineage)
            }
            if clauses == 0 {
                head()
                for _ in 0..<4 { cells.append(empty) }
                cells.endRow()
            }
            for _ in 0..<clauses where !reader.failed {
                head()
                for _ in 0..<4 { cells.append(reader.cellText(in: cells, base: base)) }
                cells.endRow()
            }
        }
        return !reader.failed
    }

    /// Every resolved department name in the dataset, in order (for a page to choose from).
    public func departmentNames() throws(DatasetError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM department_names ORDER BY name") }
    }

    /// The resolved name a typed department name stands for among the names in the dataset.
    static func resolveDepartment(_ asked: String, _ db: Database) throws -> String {
        let trimmed = asked.filter { !$0.isWhitespace }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM department_names WHERE name = ?)", arguments: [trimmed]) == true {
            return trimmed
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM department_names")
        return DepartmentLookup(names: names).resolve(trimmed)
    }
}
