import Foundation
@testable import Qingdan

/// Lists for the diff tests, built straight from the reference cells (the normalizer is built
/// elsewhere): one clause per printed paragraph, its label split off by a simple pattern.
enum DiffFixtures {
    static let columns = [
        Column(key: .number, header: "序号"),
        Column(key: .category, header: "事项类别"),
        Column(key: .name, header: "事项名称"),
        Column(key: .departments, header: "对应上级部门"),
        Column(key: .superiorDuties, header: "上级部门职责"),
        Column(key: .townshipDuties, header: "乡镇（街道）配合职责"),
    ]

    /// `Tests/QingdanTests/Fixtures/<stem>.cells.json` as a list.
    static func referenceList(_ stem: String) throws -> DutyList {
        let file = try ReferenceCells.load(stem)
        let items = file.rows.map { row in
            item(number: row.number, category: row.cells[1], name: row.cells[2], departments: row.cells[3],
                 superior: row.cells[4], township: row.cells[5])
        }
        return list(title: file.title, file: "\(stem).docx", items: items)
    }

    static func list(title: String = "测试乡配合履职事项清单", file: String = "test.json", items: [Item]) -> DutyList {
        DutyList(title: title, listKind: .cooperative, region: Region(),
                 source: SourceInfo(file: file, format: .docx, sha256: String(repeating: "0", count: 64), pages: nil),
                 columns: columns, items: items, findings: [])
    }

    /// An item from its six printed cells; `name` as printed, with or without the closing 。.
    static func item(number: Int, category: String, name: String, departments: String,
                     superior: String, township: String) -> Item {
        let cells = [String(number), category, name, departments, superior, township]
        return Item(
            number: number,
            category: category,
            name: name.hasSuffix("。") ? String(name.dropLast()) : name,
            departments: departments.split(separator: "\n").map(String.init),
            superiorDuties: [Section(heading: nil, departments: [], clauses: clauses(superior))],
            townshipDuties: clauses(township),
            content: nil,
            cells: zip(columns, cells).map { CellEntry(header: $0.header, text: $1) },
            source: ItemSource()
        )
    }

    static func clauses(_ cell: String) -> [Clause] {
        cell.split(separator: "\n").map { paragraph in
            if let match = paragraph.prefixMatch(of: #/\d+[.．、]|[①-⑳]/#) {
                return Clause(label: String(match.output), text: String(paragraph[match.range.upperBound...]))
            }
            return Clause(label: nil, text: String(paragraph))
        }
    }

    /// `Samples/kouquan-cooperative-rev.changes.json`.
    static func expectedChanges() throws -> [String: Any] {
        let url = packageRoot.appendingPathComponent("Samples/kouquan-cooperative-rev.changes.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        return object as? [String: Any] ?? [:]
    }
}
