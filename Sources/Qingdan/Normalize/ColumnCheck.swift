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
        let keys = Set(columns.map(\.key.description))
        for key in HeaderVocabulary.essentialKeys(of: kind) where !keys.contains(key.description) {
            findings.append(Finding(.error, "column.missing",
                                    .essentialColumnMissing(wording: Self.wording(of: key), headers: headers)))
        }
        let dutyMissing = Self.dutyKeys(of: kind).contains { !keys.contains($0.description) }
        for (position, column) in columns.enumerated() {
            guard case .extra = column.key, !CellText.isBlank(column.header) else { continue }
            // A known header printed twice is reported as column.duplicate-header.
            if position < headers.count, HeaderVocabulary.key(of: headers[position], group: column.group) != nil { continue }
            // An unknown header where a duty column is missing may hold the duties unsplit; one
            // made of two wordings is two columns read as one (收回依据备注).
            if let parts = Self.joinedWordings(column.header) {
                findings.append(Finding(.error, "column.joined", column: column.header,
                                        .columnJoined(header: column.header, parts: parts)))
                continue
            }
            let severity: Finding.Severity = dutyMissing ? .error : .warning
            let printedHeader = column.group.map { "\($0) / \(column.header)" } ?? column.header
            findings.append(Finding(severity, "column.unmapped", column: column.header,
                                    .columnUnmapped(printed: printedHeader, key: column.key.description)))
        }
        return findings
    }

    /// The wordings `header` is made of when it is two known wordings of different keys end to
    /// end (收回依据 + 备注); nil otherwise.
    static func joinedWordings(_ header: String) -> [String]? {
        // Two wordings end to end fold to at most twice the longest; a longer header (a fuzzed
        // table run into one header cell of 80 KB) is not two of them, and trying every split
        // of it took over a minute.
        guard let folded = header.foldingSpacesAndParentheses(atMost: 2 * HeaderVocabulary.longestWordingBytes) else { return nil }
        for split in folded.indices.dropFirst() {
            let head = String(folded[..<split]), tail = String(folded[split...])
            if let a = HeaderVocabulary.key(of: head), let b = HeaderVocabulary.key(of: tail), a != b { return [head, tail] }
        }
        return nil
    }

    /// The usual wording of `key`, to name it to a clerk.
    static func wording(of key: ColumnKey) -> String {
        HeaderVocabulary.wordings.first { $0.0 == key }?.1.first ?? key.description
    }
}
