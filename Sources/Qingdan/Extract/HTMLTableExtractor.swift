import Foundation

/// Reads the list table from a web page: among the page's tables (navigation, layout and footer
/// tables included) the first whose header row reads as a list's (序号, 事项名称, …), continued by
/// later tables of the same columns.
struct HTMLTableExtractor {
    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        let charset = HTMLCharset(data)
        guard let document = MarkupDocument.html(utf8: charset.utf8), let root = document.root else {
            throw QingdanError(.unsupported, file: path, "not a web page libxml2 can read")
        }
        var tables: [MarkupNode] = []
        Self.collectTables(in: root, into: &tables)
        guard let start = tables.firstIndex(where: { ListGrid(CellGrid(HTMLTable(node: $0).rows)) != nil }) else {
            throw QingdanError(.noTable, file: path, "no list table (no table has a header row such as 序号, 事项名称, 对应上级部门)")
        }
        // Read again with nested tables: inside the list table they are part of a cell's text.
        guard var list = ListGrid(CellGrid(HTMLTable(node: tables[start], includesNestedTables: true).rows)) else {
            throw QingdanError(.noTable, file: path, "no list table (its header row is lost when nested tables are read)")
        }
        for table in tables.dropFirst(start + 1) where !Self.isInside(table, tables[start]) {
            guard list.appendContinuation(CellGrid(HTMLTable(node: table).rows)) else { break }
        }
        let title = ListTitle.choose(from: list.leadingLines.filter { $0.contains("清单") })
            ?? HTMLTitle(document: root, table: tables[start]).title
        var findings = list.leadingLines.filter { ListTitle.joinedWraps($0) != title }.map { line in
            Finding(.error, "text.unplaced", message: "text in the table above its header row: \(line)")
        }
        if charset.isLossy {
            findings.append(Finding(.warning, "encoding.lossy", message: "the page is in no known character set; undecodable bytes read as �"))
        }
        return RawTable(title: title, headers: list.headers, rows: list.rows.map { RawRow(cells: $0) }, findings: findings)
    }

    /// Every `<table>` in document order (outer tables before the tables nested in them).
    private static func collectTables(in node: MarkupNode, into tables: inout [MarkupNode]) {
        for child in node.children where child.kind == .element {
            if child.name == "table" { tables.append(child) }
            collectTables(in: child, into: &tables)
        }
    }

    private static func isInside(_ node: MarkupNode, _ ancestor: MarkupNode) -> Bool {
        var current = node.parent
        while let element = current {
            if element.isSame(as: ancestor) { return true }
            current = element.parent
        }
        return false
    }
}
