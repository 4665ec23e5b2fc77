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
            let rows = try Row.fetchCursor(db, sql: """
                SELECT list_id, items, packed FROM department_rows WHERE name = ?
                """, arguments: [name])
            while let row = try rows.next() {
                let id: Int64 = row[0], start = blobs.count
                let found = try row.withUnsafeData(atIndex: 2) { data in
                    data.map { data in data.withUnsafeBytes { blobs.append(contentsOf: $0) } } != nil
                }
                guard found else { throw DatasetError(.database, text.damaged("department_rows", id)) }
                packed[id] = (start, blobs.count - start, row[1])
            }
            // The texts of the blobs become cells where they lie.
            var cells = ReportCells()
            let base = blobs.withUnsafeBytes { cells.store(raw: $0) }
            let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })
            let empty = cells.store("")
            var items = 0, lists = 0
            if !packed.isEmpty {
                let cursor = try Row.fetchCursor(db, sql: """
                    SELECT l.id, l.region, l.kind, l.edition
                    FROM lists l INDEXED BY lists_in_order
                    ORDER BY \(ListOrder.sql)
                    """)
                while let row = try cursor.next() {
                    let id: Int64 = row[0]
                    guard let rows = packed[id] else { continue }
                    let kind: String = row[2]
                    let list = ListCells(region: cells.store(row[1] as String), kind: cells.store(kindNames[kind] ?? text.kindName(.other)),
                                         edition: cells.store(text.edition(row[3])))
                    items += rows.items
                    lists += 1
                    let whole = blobs.withUnsafeBytes { bytes in
                        Self.appendRows(packed: UnsafeRawBufferPointer(rebasing: bytes[rows.start..<(rows.start + rows.count)]),
                                        stored: base + rows.start, list: list, empty: empty, to: &cells)
                    }
                    guard whole else {
                        throw DatasetError(.database, text.damaged("department_rows", id))
                    }
                }
            }
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
            let number = reader.text(in: cells, base: base), name = reader.text(in: cells, base: base),
                lineage = reader.text(in: cells, base: base)
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
                for _ in 0..<4 { cells.append(reader.text(in: cells, base: base)) }
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
