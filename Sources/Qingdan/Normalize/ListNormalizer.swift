/// Turns a recovered table into the canonical list: columns by their headers, kind and region
/// from the title, and one item per row with its departments, sections and clauses. Section rows
/// (`一、党的建设`) give their category to the items below them and are never items.
struct ListNormalizer: Sendable {
    func normalize(_ table: RawTable, source: SourceInfo) -> DutyList {
        var rows = table.rows
        var title = table.title ?? ""
        // The title printed as the table's first row (common in Word-made lists).
        if title.isEmpty, let first = rows.first, let printed = Self.titleText(of: first) {
            title = printed
            rows.removeFirst()
        }
        let titles = ListTitleParser()
        let kind = titles.kind(of: title)
        var findings = table.findings
        let columns = ColumnKeyMapper().columns(for: Self.distinct(table.headers, findings: &findings),
                                                groups: table.headerGroups, printed: table.headers)
        findings += ColumnCheck(kind: kind).findings(in: columns, headers: table.headers)

        let departmentsColumn = columns.firstIndex { $0.key == .departments }
        // Each row's printed names, read once: the directory learns from all of them, and each
        // item resolves its own.
        let namesOfRows = departmentsColumn.map { index in
            rows.map { $0.cells.count > index ? DepartmentName.lines(ofCell: $0.cells[index]) : [] }
        }
        let reader = ItemNormalizer(columns: columns, directory: DepartmentDirectory(normalizedNames: namesOfRows?.flatMap { $0 } ?? []))

        var items: [Item] = []
        var sections = SectionTracker()
        for (position, row) in rows.enumerated() {
            if let text = row.section ?? Self.unflaggedSectionText(of: row, columns: columns) {
                sections.enter(text)
                continue
            }
            guard let (read, found) = reader.item(from: row, previousNumber: items.last?.number,
                                                  printedDepartments: namesOfRows?[position]) else { continue }
            var item = read
            sections.place(&item)
            items.append(item)
            findings += found
        }
        findings += CategoryRuns().fill(&items, columns: columns)

        return DutyList(title: title, listKind: kind, region: titles.region(of: title),
                        source: source, columns: columns, items: items, findings: findings,
                        sectionRows: sections.rows.isEmpty ? nil : sections.rows)
    }

    /// The text of a row that holds only a title naming a 清单 (one cell, or the same text in every
    /// filled cell); nil for other rows.
    static func titleText(of row: RawRow) -> String? {
        guard row.section == nil, let text = soleText(of: row) else { return nil }
        let title = CellText.lines(of: text).map(CellText.trimmed).joined()
        return title.contains("清单") && title.count <= ListTitleParser.longestTitle ? title : nil
    }

    /// A section row that the reader left among the item rows (flow text prints it as a line,
    /// which lands in one cell): its only text reads as a section heading and its 序号 is no number.
    static func unflaggedSectionText(of row: RawRow, columns: [Column]) -> String? {
        guard let text = soleText(of: row), SectionHeading(text) != nil else { return nil }
        if let number = columns.firstIndex(where: { $0.key == .number }), number < row.cells.count {
            let printed = CellText.trimmed(row.cells[number])
            if !printed.isEmpty, printed.allSatisfy({ ClauseLabel.digitValue($0) != nil }) { return nil }
        }
        return CellText.lines(of: text).map(CellText.trimmed).joined()
    }

    /// The one text a row holds: its only filled cell, or the text every filled cell repeats.
    private static func soleText(of row: RawRow) -> String? {
        let filled = row.cells.filter { !CellText.isBlank($0) }
        guard let first = filled.first, filled.allSatisfy({ $0 == first }) else { return nil }
        return first
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
