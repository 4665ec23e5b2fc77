/// Turns a recovered table into the canonical list: header mapping, title, items with their
/// departments, sections and clauses. (Stub: filled in by the normalizer work.)
struct ListNormalizer {
    func normalize(_ table: RawTable, source: SourceInfo) -> DutyList {
        let columns = table.headers.enumerated().map { Column(key: .extra($0.offset + 1), header: $0.element) }
        return DutyList(title: table.title ?? "", listKind: .other, region: Region(), source: source,
                        columns: columns, items: [], findings: table.findings)
    }
}
