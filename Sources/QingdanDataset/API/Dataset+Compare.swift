import GRDB
import Qingdan

extension Dataset {
    /// What list `a` has that list `b` lacks and the other way round, by content (the diff's
    /// matching, across townships rather than editions). A list is named by its id (as in
    /// `summary --format json`… and the `lists` table), or by its township, region or title;
    /// `kind` and `edition` narrow the choice, and of several editions the latest is taken.
    public func compare(_ a: String, _ b: String, kind: ListKind? = nil, edition: String? = nil) throws(DatasetError) -> ReportTable {
        let text = self.text
        return try read { db in
            let left = try StoredList.load(db, id: try findList(a, kind: kind, edition: edition, db), text: text)
            let right = try StoredList.load(db, id: try findList(b, kind: kind, edition: edition, db), text: text)
            let pairs = ListDiffer().matches(left.list, right.list)
            let matchedLeft = Set(pairs.map(\.old)), matchedRight = Set(pairs.map(\.new))
            var rows: [[String]] = []
            func add(_ stored: StoredList, side: String, except matched: Set<Int>) {
                for (i, item) in stored.list.items.enumerated() where !matched.contains(i) {
                    rows.append([side, RegionKey.of(stored.list), String(item.number), item.name, item.category ?? "",
                                 item.departments.joined(separator: "、")])
                }
            }
            add(left, side: text.onlyIn.a, except: matchedLeft)
            add(right, side: text.onlyIn.b, except: matchedRight)
            let describe = { (s: StoredList) in text.describe(title: s.list.title, edition: s.edition.text, id: s.id) }
            return ReportTable(
                title: text.compareTitle(RegionKey.of(left.list), RegionKey.of(right.list)),
                columns: text.columns(.side, .region, .number, .name, .category, .departments),
                rows: rows,
                notes: [text.compareNote(a: describe(left), b: describe(right), shared: pairs.count,
                                         onlyA: left.list.items.count - pairs.count, onlyB: right.list.items.count - pairs.count)])
        }
    }

    /// The list a clerk names: an id, or text matching a township, region or title.
    func findList(_ asked: String, kind: ListKind?, edition: String?, _ db: Database) throws -> Int64 {
        if let id = Int64(asked), try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM lists WHERE id = ?)", arguments: [id]) == true {
            return id
        }
        var candidates = try Row.fetchAll(db, sql: """
            SELECT id, title, region, kind, edition FROM lists
            WHERE township = ?1 OR region = ?1 OR title = ?1 OR instr(region, ?1) > 0 OR instr(title, ?1) > 0
            """, arguments: [asked])
        if let kind { candidates = candidates.filter { $0["kind"] == kind.rawValue } }
        if let edition { candidates = candidates.filter { $0["edition"] == EditionLabel(edition).text } }
        guard !candidates.isEmpty else { throw DatasetError(.notFound, text.noList(asked)) }
        // Editions of one list: the latest.
        let groups = Set(candidates.map { "\($0["region"] as String)\u{1F}\($0["kind"] as String)" })
        guard groups.count == 1 else {
            throw DatasetError(.notFound, text.severalLists(asked, candidates.map {
                text.language.text(.datasetListChoice(id: $0["id"], title: $0["title"], edition: text.edition($0["edition"])))
            }))
        }
        let latest = candidates.max { EditionLabel($0["edition"]) < EditionLabel($1["edition"]) }
        return latest?["id"] ?? 0
    }
}
