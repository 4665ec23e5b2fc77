/// Reports what the columns' keys say about the reading: a header the vocabulary does not know
/// (`column.unmapped`), and a column the kind of list cannot do without (`column.missing`).
struct ColumnCheck: Sendable {
    var kind: ListKind

    /// Duty columns each kind is read for (split into sections and clauses): when one is missing,
    /// an unknown header may well be it, and its text would go unsplit.
    static func dutyKeys(of kind: ListKind) -> [ColumnKey] {
        switch kind {
        case .basic: return [.content]
        case .cooperative: return [.superiorDuties, .townshipDuties]
        case .returned, .other: return []
        }
    }

    func findings(in columns: [Column], headers: [String]) -> [Finding] {
        var findings: [Finding] = []
        let printed = headers.joined(separator: " | ")
        let keys = Set(columns.map(\.key.description))
        for key in HeaderVocabulary.essentialKeys(of: kind) where !keys.contains(key.description) {
            findings.append(Finding(.error, "column.missing",
                                    message: "没有读到“\(Self.wording(of: key))”列（表头：\(printed)）：请核对表头是否读对，或在词表中补上这种写法"))
        }
        let dutyMissing = Self.dutyKeys(of: kind).contains { !keys.contains($0.description) }
        for (position, column) in columns.enumerated() {
            guard case .extra = column.key, !CellText.isBlank(column.header) else { continue }
            // A known header printed twice is reported as column.duplicate-header.
            if position < headers.count, HeaderVocabulary.key(of: headers[position], group: column.group) != nil { continue }
            // An unknown header where a duty column is missing may hold the duties unsplit.
            let severity: Finding.Severity = dutyMissing ? .error : .warning
            let printedHeader = column.group.map { "\($0) / \(column.header)" } ?? column.header
            findings.append(Finding(severity, "column.unmapped", column: column.header,
                                    message: "表头“\(printedHeader)”不是已知的列名，单元格原样保留为 \(column.key)；请核对它是哪一列"))
        }
        return findings
    }

    /// The usual wording of `key`, to name it to a clerk.
    static func wording(of key: ColumnKey) -> String {
        HeaderVocabulary.wordings.first { $0.0 == key }?.1.first ?? key.description
    }
}
