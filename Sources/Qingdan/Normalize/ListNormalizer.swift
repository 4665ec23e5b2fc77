/// Turns a recovered table into the canonical list: columns by their headers, kind and region
/// from the title, and one item per row with its departments, sections and clauses.
struct ListNormalizer: Sendable {
    func normalize(_ table: RawTable, source: SourceInfo) -> DutyList {
        let title = table.title ?? ""
        var findings = table.findings
        let columns = ColumnKeyMapper().columns(for: Self.distinct(table.headers, findings: &findings))
        for key in [ColumnKey.number, .name] where !columns.contains(where: { $0.key == key }) {
            findings.append(Finding(.warning, "column.missing",
                                    .columnMissing(key: "\(key)", headers: table.headers)))
        }

        let departmentsColumn = columns.firstIndex { $0.key == .departments }
        let printedNames = departmentsColumn.map { index in
            table.rows.flatMap { $0.cells.count > index ? DepartmentName.lines(ofCell: $0.cells[index]) : [] }
        } ?? []
        let reader = ItemNormalizer(columns: columns, directory: DepartmentDirectory(printedNames: printedNames))

        var items: [Item] = []
        for row in table.rows {
            guard let (item, found) = reader.item(from: row, previousNumber: items.last?.number) else { continue }
            items.append(item)
            findings += found
        }

        let titles = ListTitleParser()
        return DutyList(title: title, listKind: titles.kind(of: title), region: titles.region(of: title),
                        source: source, columns: columns, items: items, findings: findings)
    }

    /// Headers made unique: `cells` is keyed by header, so a second column printed under the same
    /// header (or none) is told apart by its position, e.g. 备注（第7列）.
    static func distinct(_ headers: [String], findings: inout [Finding]) -> [String] {
        var seen: Set<String> = []
        return headers.enumerated().map { position, header in
            guard seen.contains(header) else {
                seen.insert(header)
                return header
            }
            let renamed = "\(header)（第\(position + 1)列）"
            findings.append(Finding(.warning, "column.duplicate-header", column: renamed,
                                    .duplicateHeader(position: position + 1, header: header, renamed: renamed)))
            seen.insert(renamed)
            return renamed
        }
    }
}
