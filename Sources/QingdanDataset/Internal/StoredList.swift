import Foundation
import GRDB
import Qingdan

/// A list read back from the tables: the model (from the JSON the items were stored as) with
/// each item's row id and lineage.
struct StoredList {
    var id: Int64
    var list: DutyList
    var edition: EditionLabel
    var itemIDs: [Int64]
    var lineages: [Int64]

    /// Its items as `ItemSteps` compares them.
    var steps: ItemSteps.Edition { ItemSteps.Edition(id: id, list: list, itemIDs: itemIDs, lineages: lineages) }

    static func load(_ db: Database, id: Int64, text: DatasetText) throws -> StoredList {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT title, kind, province, city, district, township, edition, source_file, source_format, sha256, pages, columns_json
            FROM lists WHERE id = ?
            """, arguments: [id]) else {
            throw DatasetError(.notFound, text.noList(String(id)))
        }
        let columnsJSON: String = row["columns_json"]
        guard case .array(let columnValues) = try JSONValue.parse(Data(columnsJSON.utf8)) else {
            throw DatasetError(.database, text.damaged("lists.columns_json", id))
        }
        let columns = try columnValues.enumerated().map { try Qingdan.Column(canonicalJSON: $0.element, path: "columns[\($0.offset)]") }
        var items: [Item] = [], ids: [Int64] = [], lineages: [Int64] = []
        for item in try Row.fetchAll(db, sql: "SELECT id, lineage, json FROM items WHERE list_id = ? ORDER BY position", arguments: [id]) {
            let json: String = item["json"]
            items.append(try Item(canonicalJSONData: Data(json.utf8)))
            ids.append(item["id"])
            lineages.append(item["lineage"])
        }
        let format = InputFormat(rawValue: row["source_format"]) ?? .text
        let list = DutyList(
            title: row["title"], listKind: ListKind(rawValue: row["kind"]) ?? .other,
            region: Region(province: row["province"], city: row["city"], district: row["district"], township: row["township"]),
            source: SourceInfo(file: row["source_file"], format: format, sha256: row["sha256"], pages: row["pages"]),
            columns: columns, items: items, findings: [])
        return StoredList(id: id, list: list, edition: EditionLabel(row["edition"]), itemIDs: ids, lineages: lineages)
    }
}
