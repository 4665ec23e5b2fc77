/// Adds the findings a clerk should look at, each under a stable code, and puts all findings of
/// the list (the table's, the normalizer's and its own) in a deterministic order.
struct Validator: Sendable {
    func validate(_ list: inout DutyList, table: RawTable) {
        var findings = list.findings
        // The normalizer passes the table's findings on first; a list built another way gets them here.
        if !findings.starts(with: table.findings) {
            findings = table.findings + findings
        }
        findings += ConservationCheck().findings(in: table)
        findings += NumberingCheck().findings(in: list.items, column: Self.header(of: .number, in: list))
        // Each item's cells under the columns, read once for every check (looking each header up
        // compared Chinese headers over and over); the header-in-row check folds the headers once.
        let headers = list.columns.map(\.header)
        let distinct = Set(headers).count == headers.count
        let headerInRow = HeaderInRowCheck(columns: list.columns)
        for item in list.items {
            let texts = item.texts(under: headers, headersAreDistinct: distinct)
            findings += EmptyCellCheck().findings(in: item, columns: list.columns, texts: texts)
            findings += SectionDepartmentCheck().findings(in: item, column: Self.header(of: .superiorDuties, in: list))
            findings += ClauseNumberingCheck().findings(in: item, columns: list.columns)
            findings += QuoteCheck().findings(in: item)
            findings += StructureCheck().findings(in: item, columns: list.columns, texts: texts)
            findings += NameCheck().findings(in: item, columns: list.columns)
            findings += headerInRow.findings(in: item, columns: list.columns, texts: texts)
            findings += ClauseSplitCheck().findings(in: item, columns: list.columns)
            findings += ClauseSpillCheck().findings(in: item, columns: list.columns)
            findings += DepartmentCellCheck().findings(in: item, columns: list.columns)
        }
        findings += CategoryCheck().findings(in: list.items, columns: list.columns)
        list.findings = FindingOrder(columns: list.columns).sorted(findings)
    }

    /// Printed header of the column under `key`, if the list has one.
    private static func header(of key: ColumnKey, in list: DutyList) -> String? {
        list.columns.first { $0.key == key }?.header
    }
}
