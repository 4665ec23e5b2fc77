/// Reads one table row into an item: number, name, departments (resolved), sections and clauses,
/// and every cell as printed.
struct ItemNormalizer: Sendable {
    var columns: [Column]
    var directory: DepartmentDirectory

    /// The item of `row`, with the findings reading it gave; nil for a row with no text at all.
    /// `previousNumber` numbers a row whose 序号 cannot be read.
    /// `printedDepartments`: the row's `DepartmentName.lines(ofCell:)` when the caller has read
    /// them already.
    func item(from row: RawRow, previousNumber: Int?, printedDepartments: [String]? = nil) -> (Item, [Finding])? {
        guard row.cells.contains(where: { !CellText.isBlank($0) }) else { return nil }
        var findings: [Finding] = []
        let number = readNumber(row, previousNumber: previousNumber, findings: &findings)

        if row.cells.count > columns.count {
            let spare = row.cells[columns.count...].filter { !$0.isEmpty }
            if !spare.isEmpty {
                findings.append(Finding(.error, "text.unplaced", item: number,
                                        .textBeyondLastColumn(cells: row.cells.count, headers: columns.count, text: Array(spare))))
            }
        }

        let departments = readDepartments(row, printed: printedDepartments, item: number, findings: &findings)
        let superiorDuties = cell(.superiorDuties, in: row).map {
            readSections($0, departments: departments, item: number, findings: &findings)
        } ?? []
        let item = Item(
            number: number,
            category: cell(.category, in: row).map(Self.joined),
            name: cell(.name, in: row).map(Self.name) ?? "",
            departments: departments,
            superiorDuties: superiorDuties,
            townshipDuties: cell(.townshipDuties, in: row).map(ClauseListBuilder.clauses(of:)) ?? [],
            content: cell(.content, in: row).map(ClauseListBuilder.clauses(of:)),
            cells: columns.indices.map { CellEntry(header: columns[$0].header, text: $0 < row.cells.count ? row.cells[$0] : "") },
            source: ItemSource(pages: row.pages, lines: row.lines.map { [$0.lowerBound, $0.upperBound] }),
            subcategory: cell(.subcategory, in: row).map(Self.joined).flatMap { $0.isEmpty ? nil : $0 }
        )
        return (item, findings)
    }

    // MARK: Cells

    private func column(_ key: ColumnKey) -> Int? {
        columns.firstIndex { $0.key == key }
    }

    private func header(_ key: ColumnKey) -> String? {
        column(key).map { columns[$0].header }
    }

    /// The cell under `key`; "" when the row is short, nil when the table has no such column.
    private func cell(_ key: ColumnKey, in row: RawRow) -> String? {
        column(key).map { $0 < row.cells.count ? row.cells[$0] : "" }
    }

    /// Hard breaks in a one-line field are wraps the source kept.
    private static func joined(_ text: String) -> String {
        CellText.lines(of: text).map(CellText.trimmed).joined()
    }

    /// 事项名称 without its closing 。.
    private static func name(_ text: String) -> String {
        var name = joined(text)
        while true {
            // The last Character by its scalar where nothing joins it (no Character comparison).
            if let last = SimpleScalars.lastCharacter(of: name) {
                guard last == 0x3002 else { break }  // 。
            } else {
                guard name.hasSuffix("。") else { break }
            }
            name.removeLast()
        }
        return name
    }

    // MARK: 序号

    private func readNumber(_ row: RawRow, previousNumber: Int?, findings: inout [Finding]) -> Int {
        let fallback = (previousNumber ?? 0) + 1
        guard let printed = cell(.number, in: row) else { return fallback }
        let digits = CellText.trimmed(printed)
        let values = digits.compactMap(ClauseLabel.digitValue)
        if !digits.isEmpty, values.count == digits.count, digits.count <= 9 {
            let value = values.reduce(0) { $0 * 10 + $1 }
            if value >= 1 { return value }
        }
        findings.append(Finding(.error, "number.invalid", item: fallback, column: header(.number),
                                .numberInvalid(printed: printed, numbered: fallback)))
        return fallback
    }

    // MARK: 对应上级部门

    private func readDepartments(_ row: RawRow, printed lines: [String]?, item: Int, findings: inout [Finding]) -> [String] {
        guard let text = cell(.departments, in: row) else { return [] }
        var names: [String] = []
        // The lines are normalized (`DepartmentName.lines(ofCell:)`).
        for printed in lines ?? DepartmentName.lines(ofCell: text) {
            let resolution = directory.resolve(normalized: printed)
            report(resolution, item: item, column: header(.departments), findings: &findings)
            if !names.contains(resolution.name) { names.append(resolution.name) }
        }
        return names
    }

    // MARK: 上级部门职责

    private func readSections(_ text: String, departments: [String], item: Int, findings: inout [Finding]) -> [Section] {
        // A heading's names are normalized (`DepartmentName.split`).
        let parser = DutySectionParser(isKnownDepartment: directory.isKnown(normalized:))
        return parser.parse(text).map { part in
            guard let heading = part.heading else {
                return Section(heading: nil, departments: [], clauses: part.clauses)
            }
            var names: [String] = []
            for printed in heading.names {
                var resolution = directory.resolve(normalized: printed)
                let core = DepartmentName.withoutTrailingParenthetical(printed)
                if resolution.kind == .unknown, core != printed {
                    // 区民政局（牵头）： names 区民政局.
                    let plain = directory.resolve(core)
                    if plain.kind != .unknown { resolution = DepartmentResolution(printed: printed, name: plain.name, kind: .alias) }
                }
                if resolution.kind == .unknown {
                    let short = directory.resolveShortName(printed, itemDepartments: departments)
                    if short.kind != .unknown { resolution = short }
                }
                report(resolution, item: item, column: header(.superiorDuties), heading: heading.printed, findings: &findings)
                // A body no list names is still the body the heading names; a short name that
                // resolves to nothing is left out rather than guessed.
                let keep = resolution.kind != .unknown || DepartmentName.looksLikeBody(resolution.name)
                if keep, !names.contains(resolution.name) { names.append(resolution.name) }
            }
            return Section(heading: heading.printed, departments: names, clauses: part.clauses)
        }
    }

    private func report(_ resolution: DepartmentResolution, item: Int, column: String?, heading: String? = nil,
                        findings: inout [Finding]) {
        guard let code = resolution.findingCode else { return }
        let message: FindingMessage
        switch resolution.kind {
        case .truncated: message = .departmentTruncated(printed: resolution.printed, name: resolution.name, heading: heading)
        case .alias: message = .departmentAlias(printed: resolution.printed, name: resolution.name, heading: heading)
        default: message = .departmentUnknown(printed: resolution.printed, heading: heading)
        }
        findings.append(Finding(.info, code, item: item, column: column, message))
    }
}
