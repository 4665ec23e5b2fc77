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
            // The lists naming the department in report order (the index lists_in_order), each
            // with its rows packed (department_rows, written when the list was added).
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT l.id, l.region, l.kind, l.edition, r.items, r.packed
                FROM lists l INDEXED BY lists_in_order
                JOIN department_rows r ON r.name = ? AND r.list_id = l.id
                ORDER BY \(ListOrder.sql)
                """, arguments: [name])
            let kindNames = Dictionary(uniqueKeysWithValues: ListKind.allCases.map { ($0.rawValue, text.kindName($0)) })
            var cells = ReportCells()
            let empty = cells.store("")
            var items = 0, lists = 0
            while let row = try cursor.next() {
                let id: Int64 = row[0], kind: String = row[2]
                let list = (region: cells.store(row[1] as String), kind: cells.store(kindNames[kind] ?? text.kindName(.other)),
                            edition: cells.store(text.edition(row[3])))
                items += row[4] as Int
                lists += 1
                let damaged = try row.withUnsafeData(atIndex: 5) { data -> Bool in
                    guard let data else { return true }
                    return data.withUnsafeBytes { !Self.appendRows(packed: $0, list: [list.region, list.kind, list.edition], empty: empty, to: &cells) }
                }
                if damaged { throw DatasetError(.database, text.damaged("department_rows", id)) }
            }
            return ReportTable(
                title: text.departmentTitle(name),
                columns: text.columns(.region, .kind, .edition, .number, .name, .lineage, .column, .heading, .label, .text),
                cells: cells,
                notes: [text.departmentNote(asked: asked, resolved: name, items: items, lists: lists)])
        }
    }

    /// Appends the rows of one list's `department_rows.packed` (`ListAnswers.writeDepartments`)
    /// after the list's own cells; false when the blob is damaged. The blob is copied once: its
    /// texts are cells where they lie in it.
    static func appendRows(packed bytes: UnsafeRawBufferPointer, list: [ReportCells.Cell], empty: ReportCells.Cell,
                           to cells: inout ReportCells) -> Bool {
        let base = cells.store(raw: bytes)
        var reader = PackedReader(bytes)
        while !reader.atEnd, !reader.failed {
            let clauses = reader.count()
            let head = list + [reader.text(in: cells, base: base), reader.text(in: cells, base: base), reader.text(in: cells, base: base)]
            // Each clause takes four bytes at least: a count beyond that is damage.
            guard clauses <= reader.remaining / 4 else { return false }
            if clauses == 0 {
                cells.append(head)
                for _ in 0..<4 { cells.append(empty) }
                cells.endRow()
            }
            for _ in 0..<clauses where !reader.failed {
                cells.append(head)
                for _ in 0..<4 {
                    let cell = reader.text(in: cells, base: base)
                    cells.append(cell)
                }
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
