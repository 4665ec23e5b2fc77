/// Adds the findings a clerk should look at, each under a stable code, and puts all findings of
/// the list (the table's, the normalizer's and its own) in a deterministic order.
struct Validator: Sendable {
    func validate(_ list: inout DutyList, table: RawTable) {
        var findings = list.findings
        // The normalizer passes the table's findings on first; a list built another way gets them here.
        if !findings.starts(with: table.findings) {
            findings = table.findings + findings
        }
        findings += NumberingCheck().findings(in: list.items, column: list.header(of: .number))
        for item in list.items {
            findings += EmptyCellCheck().findings(in: item, columns: list.columns)
            findings += SectionDepartmentCheck().findings(in: item, column: list.header(of: .superiorDuties))
            findings += ClauseNumberingCheck().findings(in: item, columns: list.columns)
            findings += QuoteCheck().findings(in: item)
            findings += StructureCheck().findings(in: item, columns: list.columns)
        }
        list.findings = FindingOrder(columns: list.columns).sorted(findings)
    }
}
