/// Conservation (守恒) of printed text: every character of the table region ends up in a cell or
/// is accounted for by the tokenizer (header, page furniture, a finding). A difference means a
/// tokenizer lost text or made some up, whatever its placement logic did.
///
/// Characters are counted as Unicode scalars that are not whitespace: joining wrapped lines,
/// removing invented gaps and trimming change only whitespace, and a scalar count does not change
/// when two pieces are joined (a Character count could, by combining marks).
struct ConservationCheck: Sendable {
    func findings(in table: RawTable) -> [Finding] {
        guard let region = table.regionCharacters else { return [] }
        // A section row's text is kept in the table (it becomes its items' category).
        let placed = table.rows.reduce(0) { sum, row in
            row.cells.reduce(sum + (row.section.map(PrintedCharacters.count) ?? 0)) { $0 + PrintedCharacters.count($1) }
        }
        let expected = region - table.setAsideCharacters + table.copiedCharacters
        if placed < expected {
            return [Finding(.error, "text.lost",
                            .textLost(characters: expected - placed))]
        }
        if placed > expected {
            return [Finding(.error, "text.invented",
                            .textInvented(characters: placed - expected))]
        }
        return []
    }

    static func count(_ text: some StringProtocol) -> Int { PrintedCharacters.count(text) }
}
