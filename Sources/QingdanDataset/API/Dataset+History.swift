import Foundation
import GRDB
import Qingdan

extension Dataset {
    /// One item across the editions of its list, with the clause-level change at each step (the
    /// diff's comparison of the two editions' items).
    public func history(lineage: Int64) throws(DatasetError) -> ReportTable {
        try read { db in
            let rows = try historyRows(db, lineage: lineage)
            guard !rows.isEmpty else { throw DatasetError(.notFound, DatasetText.noLineage(lineage)) }
            return historyTable(title: DatasetText.historyTitle(try latestName(db, lineage)), rows: rows, lineages: 1)
        }
    }

    /// The history of every item named `name` (exactly, or else containing it), one lineage after
    /// another; `region` narrows to lists whose region contains it.
    public func history(name: String, region: String? = nil) throws(DatasetError) -> ReportTable {
        try read { db in
            let filter = region.map { "%\($0)%" } ?? "%"
            let sql = """
                SELECT DISTINCT i.lineage FROM items i JOIN lists l ON l.id = i.list_id
                WHERE i.name = ? AND l.region LIKE ? ORDER BY i.lineage
                """
            var lineages = try Int64.fetchAll(db, sql: sql, arguments: [name, filter])
            if lineages.isEmpty {
                lineages = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT i.lineage FROM items i JOIN lists l ON l.id = i.list_id
                    WHERE instr(i.name, ?) > 0 AND l.region LIKE ? ORDER BY i.lineage
                    """, arguments: [name, filter])
            }
            guard !lineages.isEmpty else { throw DatasetError(.notFound, DatasetText.noItem(name)) }
            var rows: [[String]] = []
            for lineage in lineages { rows += try historyRows(db, lineage: lineage) }
            return historyTable(title: DatasetText.historyTitle(name), rows: rows, lineages: lineages.count)
        }
    }

    private func historyTable(title: String, rows: [[String]], lineages: Int) -> ReportTable {
        ReportTable(
            title: title,
            columns: [.init("lineage", "谱系"), .init("region", "地区"), .init("kind", "清单类型"), .init("edition", "版本"),
                      .init("number", "序号"), .init("name", "事项名称"), .init("change", "变化"), .init("field", "栏目"),
                      .init("detail", "内容")],
            rows: rows,
            notes: [DatasetText.historyNote(lineages: lineages)])
    }

    private func latestName(_ db: Database, _ lineage: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM items WHERE lineage = ? ORDER BY id DESC LIMIT 1", arguments: [lineage]) ?? ""
    }

    /// The lineage's rows: its first edition, then each later edition of the list with what
    /// changed (or that the item is no longer there).
    private func historyRows(_ db: Database, lineage: Int64) throws -> [[String]] {
        let appearances = try Row.fetchAll(db, sql: """
            SELECT i.number, i.name, i.json, l.id AS list_id, l.region, l.kind, l.edition, l.columns_json
            FROM items i JOIN lists l ON l.id = i.list_id WHERE i.lineage = ?
            """, arguments: [lineage])
        guard let first = appearances.first else { return [] }
        let region: String = first["region"], kindText: String = first["kind"]
        let kind = ListKind(rawValue: kindText) ?? .other
        var byList: [Int64: Row] = [:]
        for row in appearances { byList[row["list_id"]] = row }
        let editions = try Row.fetchAll(db, sql: "SELECT id, edition FROM lists WHERE region = ? AND kind = ?", arguments: [region, kindText])
            .map { (id: $0["id"] as Int64, edition: EditionLabel($0["edition"])) }
            .sorted { $0.edition < $1.edition }

        var rows: [[String]] = []
        var previous: (item: Item, columns: [Qingdan.Column])?
        for edition in editions {
            let head = [String(lineage), region, DatasetText.kindName(kind), DatasetText.edition(edition.edition.text)]
            guard let row = byList[edition.id] else {
                // Before its first appearance there is nothing to say; after it, the item is gone.
                if let item = previous?.item {
                    rows.append(head + [String(item.number), item.name, DatasetText.gone, "", ""])
                    previous = nil
                }
                continue
            }
            let item = try Item(canonicalJSONData: Data((row["json"] as String).utf8))
            let columns = try Self.columns(row["columns_json"])
            let number = String(item.number)
            defer { previous = (item, columns) }
            guard let before = previous else {
                rows.append(head + [number, item.name, DatasetText.firstSeen, "", ""])
                continue
            }
            let changes = ListDiffer().changes(from: before.item, columns: before.columns, to: item, columns: columns)
            if changes.isEmpty {
                let change = before.item.number == item.number ? DatasetText.unchanged : DatasetText.renumbered(before.item.number, item.number)
                rows.append(head + [number, item.name, change, "", ""])
                continue
            }
            let renumbered = before.item.number == item.number ? "" : "（\(DatasetText.renumbered(before.item.number, item.number))）"
            for line in changes.flatMap(ChangeLine.lines) {
                rows.append(head + [number, item.name, DatasetText.modified + renumbered, line.field, line.change + "：" + line.detail])
            }
        }
        return rows
    }

    static func columns(_ json: String) throws -> [Qingdan.Column] {
        guard case .array(let values) = try JSONValue.parse(Data(json.utf8)) else { return [] }
        return try values.enumerated().map { try Qingdan.Column(canonicalJSON: $0.element, path: "columns[\($0.offset)]") }
    }
}
