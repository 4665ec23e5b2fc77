import Foundation
import GRDB
import Qingdan

extension Dataset {
    /// One item across the editions of its list, with the clause-level change at each step (the
    /// diff's comparison of the two editions' items).
    public func history(lineage: Int64) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let rows = try historyRows(db, lineages: [lineage])
            guard !rows.isEmpty else { throw DatasetError(.notFound, text.noLineage(lineage)) }
            return historyTable(title: text.historyTitle(try latestName(db, lineage)), rows: rows, lineages: 1)
        }
    }

    /// The history of every item named `name` (exactly, or else containing it), one lineage after
    /// another; `region` narrows to lists whose region contains it.
    public func history(name: String, region: String? = nil) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            // Both read the index items_by_name (name, lineage, list_id) alone, not the items.
            var lineages = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT i.lineage FROM items i JOIN lists l ON l.id = i.list_id
                WHERE i.name = ?1 AND (?2 IS NULL OR instr(l.region, ?2) > 0) ORDER BY i.lineage
                """, arguments: [name, region])
            if lineages.isEmpty {
                lineages = try Int64.fetchAll(db, sql: """
                    SELECT DISTINCT i.lineage FROM items i INDEXED BY items_by_name JOIN lists l ON l.id = i.list_id
                    WHERE instr(i.name, ?1) > 0 AND (?2 IS NULL OR instr(l.region, ?2) > 0) ORDER BY i.lineage
                    """, arguments: [name, region])
            }
            guard !lineages.isEmpty else { throw DatasetError(.notFound, text.noItem(name)) }
            let rows = try historyRows(db, lineages: lineages)
            return historyTable(title: text.historyTitle(name), rows: rows, lineages: lineages.count)
        }
    }

    private func historyTable(title: String, rows: [[String]], lineages: Int) -> ReportTable {
        ReportTable(
            title: title,
            columns: text.columns(.lineage, .region, .kind, .edition, .number, .name, .change, .field, .detail),
            rows: rows,
            notes: [text.historyNote(lineages: lineages)])
    }

    private func latestName(_ db: Database, _ lineage: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT name FROM items WHERE lineage = ? ORDER BY id DESC LIMIT 1", arguments: [lineage]) ?? ""
    }

    /// Each lineage's rows, in the order given: its first edition, then each later edition of the
    /// list with what changed (or that the item is no longer there). Two queries whatever the
    /// number of lineages: the items of all of them, and the editions of their lists.
    private func historyRows(_ db: Database, lineages: [Int64]) throws -> [[String]] {
        guard !lineages.isEmpty else { return [] }
        let placeholders = databaseQuestionMarks(count: lineages.count)
        let appearances = try Row.fetchAll(db, sql: """
            SELECT i.lineage, i.json, l.id AS list_id, l.region, l.kind, l.columns_json
            FROM items i JOIN lists l ON l.id = i.list_id WHERE i.lineage IN (\(placeholders))
            """, arguments: StatementArguments(lineages))
        var byLineage: [Int64: [Int64: Row]] = [:]
        var groups = Set<[String]>()
        for row in appearances {
            byLineage[row["lineage"], default: [:]][row["list_id"]] = row
            groups.insert([row["region"], row["kind"]])
        }
        // The editions of every list the lineages appear in, oldest first.
        var editions: [[String]: [(id: Int64, edition: EditionLabel)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, region, kind, edition FROM lists") {
            let group: [String] = [row["region"], row["kind"]]
            guard groups.contains(group) else { continue }
            editions[group, default: []].append((id: row["id"], edition: EditionLabel(row["edition"])))
        }
        for key in editions.keys { editions[key]?.sort { $0.edition < $1.edition } }
        var columnsByList: [Int64: [Qingdan.Column]] = [:]
        func columns(_ row: Row) throws -> [Qingdan.Column] {
            let id: Int64 = row["list_id"]
            if let known = columnsByList[id] { return known }
            let parsed = try Self.columns(row["columns_json"])
            columnsByList[id] = parsed
            return parsed
        }

        var rows: [[String]] = []
        for lineage in lineages {
            guard let byList = byLineage[lineage], let first = byList.values.first else { continue }
            let region: String = first["region"], kindText: String = first["kind"]
            let kind = ListKind(rawValue: kindText) ?? .other
            var previous: (item: Item, columns: [Qingdan.Column])?
            for edition in editions[[region, kindText]] ?? [] {
                let head = [String(lineage), region, text.kindName(kind), text.edition(edition.edition.text)]
                guard let row = byList[edition.id] else {
                    // Before its first appearance there is nothing to say; after it, the item is gone.
                    if let item = previous?.item {
                        rows.append(head + [String(item.number), item.name, text.gone, "", ""])
                        previous = nil
                    }
                    continue
                }
                let item = try Item(canonicalJSONData: Data((row["json"] as String).utf8))
                let itemColumns = try columns(row)
                defer { previous = (item, itemColumns) }
                rows += changeRows(head: head, from: previous, to: item, columns: itemColumns)
            }
        }
        return rows
    }

    /// The rows of one edition of an item: first seen, unchanged, renumbered, or one row per change.
    private func changeRows(head: [String], from previous: (item: Item, columns: [Qingdan.Column])?, to item: Item,
                            columns: [Qingdan.Column]) -> [[String]] {
        let number = String(item.number)
        guard let before = previous else { return [head + [number, item.name, text.firstSeen, "", ""]] }
        let changes = ListDiffer().changes(from: before.item, columns: before.columns, to: item, columns: columns)
        let renumbered = before.item.number == item.number ? nil : text.renumbered(before.item.number, item.number)
        if changes.isEmpty { return [head + [number, item.name, renumbered ?? text.unchanged, "", ""]] }
        let change = text.modified + (renumbered.map { language.text(.aside($0)) } ?? "")
        return changes.flatMap { ChangeLine.lines(of: $0, text) }.map { line in
            head + [number, item.name, change, line.field, line.change + language.text(.colon) + line.detail]
        }
    }

    static func columns(_ json: String) throws -> [Qingdan.Column] {
        guard case .array(let values) = try JSONValue.parse(Data(json.utf8)) else { return [] }
        return try values.enumerated().map { try Qingdan.Column(canonicalJSON: $0.element, path: "columns[\($0.offset)]") }
    }
}
