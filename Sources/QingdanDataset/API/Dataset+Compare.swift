import GRDB
import Qingdan

extension Dataset {
    /// What list `a` has that list `b` lacks and the other way round, by content (the diff's
    /// matching, across townships rather than editions). A list is named by its id (as in
    /// `summary --format json`… and the `lists` table), or by its township, region or title;
    /// `kind` and `edition` narrow the choice, and of several editions the latest is taken.
    public func compare(_ a: String, _ b: String, kind: ListKind? = nil, edition: String? = nil) throws(DatasetError) -> ReportTable {
        try read { db in
            let left = try StoredList.load(db, id: try Self.findList(a, kind: kind, edition: edition, db))
            let right = try StoredList.load(db, id: try Self.findList(b, kind: kind, edition: edition, db))
            let pairs = ListDiffer().matches(left.list, right.list)
            let matchedLeft = Set(pairs.map(\.old)), matchedRight = Set(pairs.map(\.new))
            var rows: [[String]] = []
            func add(_ stored: StoredList, side: String, except matched: Set<Int>) {
                for (i, item) in stored.list.items.enumerated() where !matched.contains(i) {
                    rows.append([side, RegionKey.of(stored.list), String(item.number), item.name, item.category ?? "",
                                 item.departments.joined(separator: "、")])
                }
            }
            add(left, side: DatasetText.onlyIn.a, except: matchedLeft)
            add(right, side: DatasetText.onlyIn.b, except: matchedRight)
            let describe = { (s: StoredList) in "\(s.list.title)（\(DatasetText.edition(s.edition.text))，清单 \(s.id)）" }
            return ReportTable(
                title: DatasetText.compareTitle(RegionKey.of(left.list), RegionKey.of(right.list)),
                columns: [.init("side", "所属"), .init("region", "地区"), .init("number", "序号"), .init("name", "事项名称"),
                          .init("category", "事项类别"), .init("departments", "对应上级部门")],
                rows: rows,
                notes: [DatasetText.compareNote(a: describe(left), b: describe(right), shared: pairs.count,
                                                onlyA: left.list.items.count - pairs.count, onlyB: right.list.items.count - pairs.count)])
        }
    }

    /// The list a clerk names: an id, or text matching a township, region or title.
    static func findList(_ text: String, kind: ListKind?, edition: String?, _ db: Database) throws -> Int64 {
        if let id = Int64(text), try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM lists WHERE id = ?)", arguments: [id]) == true {
            return id
        }
        var candidates = try Row.fetchAll(db, sql: """
            SELECT id, title, region, kind, edition FROM lists
            WHERE township = ?1 OR region = ?1 OR title = ?1 OR instr(region, ?1) > 0 OR instr(title, ?1) > 0
            """, arguments: [text])
        if let kind { candidates = candidates.filter { $0["kind"] == kind.rawValue } }
        if let edition { candidates = candidates.filter { $0["edition"] == EditionLabel(edition).text } }
        guard !candidates.isEmpty else { throw DatasetError(.notFound, DatasetText.noList(text)) }
        // Editions of one list: the latest.
        let groups = Set(candidates.map { "\($0["region"] as String)\u{1F}\($0["kind"] as String)" })
        guard groups.count == 1 else {
            throw DatasetError(.notFound, DatasetText.severalLists(text, candidates.map {
                "\($0["id"] as Int64) \($0["title"] as String)（\(DatasetText.edition($0["edition"])))"
            }))
        }
        let latest = candidates.max { EditionLabel($0["edition"]) < EditionLabel($1["edition"]) }
        return latest?["id"] ?? 0
    }
}
