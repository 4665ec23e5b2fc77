import GRDB
import Qingdan

extension Dataset {
    /// Every list, by region, kind and edition (oldest first).
    public func lists() throws(DatasetError) -> [DatasetList] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, title, region, township, kind, edition, item_count FROM lists").map { row in
                DatasetList(id: row["id"], title: row["title"], region: row["region"], township: row["township"],
                            kind: ListKind(rawValue: row["kind"]) ?? .other, edition: row["edition"], items: row["item_count"])
            }
            .sorted { a, b in
                if a.region != b.region { return a.region < b.region }
                if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
                return EditionLabel(a.edition) < EditionLabel(b.edition)
            }
        }
    }

    /// How a clerk names a kind of list, in the dataset's language.
    public func kindName(_ kind: ListKind) -> String { text.kindName(kind) }

    /// An edition label as printed in the reports ("（无版本号）" for none).
    public func editionName(_ edition: String) -> String { text.edition(edition) }
}
