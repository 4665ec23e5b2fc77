import Foundation

/// Reads the list table from a web page: among the page's tables (navigation, layout and footer
/// tables included) the first whose header row reads as a list's (序号, 事项名称, …), continued by
/// later tables of the same columns up to the next heading that names another 清单.
struct HTMLTableExtractor {
    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        let charset = HTMLCharset(data)
        let document: MarkupDocument
        do {
            document = try MarkupDocument.html(utf8: charset.utf8)
        } catch .overBudget(let reason) {
            throw QingdanError(.unsupported, file: path, .pageOverBudget(reason: reason))
        } catch .stopped(let reason) {
            throw QingdanError(.unsupported, file: path, .htmlParserStopped(reason: reason))
        } catch {
            throw QingdanError(.unsupported, file: path, .notWebPage)
        }
        guard let root = document.root else {
            throw QingdanError(.unsupported, file: path, .notWebPage)
        }
        let page = HTMLPage(root: root)
        var list: (grid: ListGrid, table: MarkupNode)?
        var headingsAbove: [String] = []
        blocks: for block in page.blocks {
            switch (block, list) {
            case (.heading(let line, _), nil):
                headingsAbove.append(line)
            case (.heading(let line, let node), let found?):
                // The heading of another list ends this one.
                if line.contains("清单"), !Self.isInside(node, found.table) { break blocks }
            case (.table(let node), nil):
                guard ListGrid(CellGrid(HTMLTable(node: node).rows)) != nil else { continue }
                // Read again with nested tables: inside the list table they are part of a cell's text.
                guard let grid = ListGrid(CellGrid(HTMLTable(node: node, includesNestedTables: true).rows)) else { continue }
                list = (grid, node)
            case (.table(let node), var found?):
                if Self.isInside(node, found.table) { continue }
                guard found.grid.appendContinuation(CellGrid(HTMLTable(node: node).rows)) else { break blocks }
                list = found
            }
        }
        guard let list else {
            throw QingdanError(.noTable, file: path, .noListTable)
        }
        let title = ListTitle.nearestNaming(in: list.grid.leadingLines.map(ListTitle.joinedWraps))
            ?? HTMLPage.listTitle(headingsAbove: headingsAbove, pageTitle: page.title)
        var findings = list.grid.leadingLines.filter { line in !(title?.contains(ListTitle.joinedWraps(line)) ?? false) }.map { line in
            Finding(.error, "text.unplaced", .textAboveHeaderRow(text: line))
        }
        if charset.isLossy {
            findings.append(Finding(.warning, "encoding.lossy", .lossyEncoding))
        }
        return RawTable(title: title, headers: list.grid.headers, rows: list.grid.rows, findings: findings,
                        regionCharacters: list.grid.regionCharacters, setAsideCharacters: list.grid.setAsideCharacters,
                        headerGroups: list.grid.groups)
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
