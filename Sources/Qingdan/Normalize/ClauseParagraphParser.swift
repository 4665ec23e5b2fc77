/// Reads one paragraph (a hard-broken line of a duty cell) into clauses:
///
///     paragraph := label? text circled*
///     circled   := ①text ②text …      (split only where the numbers go up)
///
/// A paragraph that starts with a circled number gives sibling clauses (①…, ②…); circled numbers
/// after other text become subclauses of the paragraph's clause (1.负责…①…②…).
struct ClauseParagraphParser: Sendable {
    private let paragraph: String
    private var reader: DutyTextReader

    init(_ paragraph: String) {
        self.paragraph = paragraph
        reader = DutyTextReader.empty
    }

    mutating func parse() -> [Clause] {
        parseWithKinds().map(\.clause)
    }

    /// `parse()`, each clause with the family of its label (nil for none), as the parser read it:
    /// the clause list builder nests by it without reading the label again.
    mutating func parseWithKinds() -> [(clause: Clause, kind: ClauseLabel.Kind?)] {
        if let simple = Self.simpleClause(paragraph) { return [simple] }
        reader = DutyTextReader(paragraph)
        let label = reader.readClauseLabel()
        if let label, label.kind == .circled {
            return readCircledRun(first: label).map { ($0, .circled) }
        }
        let text = readText(after: 0)
        var clause = Clause(label: label?.printed, text: text)
        if let first = reader.readCircledLabel() {
            clause.subclauses = readCircledRun(first: first)
        }
        return [(clause, label?.kind)]
    }

    /// A paragraph whose scalars are all their own Characters: no circled number is among them
    /// (①… join nothing but are not in that set), so it is one clause — its marker, then the rest,
    /// read from the bytes. Nil for other paragraphs.
    private static func simpleClause(_ paragraph: String) -> (clause: Clause, kind: ClauseLabel.Kind?)? {
        let read = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> (ClauseLabel?, Int)? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            var cursor = UTF8MarkerCursor(bytes)
            return (cursor.readClauseLabel(), cursor.mark.byte)
        }
        guard let read, let (label, end) = read else { return nil }
        guard let label else { return (Clause(label: nil, text: paragraph), nil) }
        let text = String(paragraph[paragraph.utf8.index(paragraph.startIndex, offsetBy: end)...])
        return (Clause(label: label.printed, text: text), label.kind)
    }

    /// ①text②text…, the cursor just past the first marker.
    private mutating func readCircledRun(first: ClauseLabel) -> [Clause] {
        var clauses: [Clause] = []
        var label = first
        while true {
            let text = readText(after: label.value)
            clauses.append(Clause(label: label.printed, text: text))
            guard let next = reader.readCircledLabel() else { return clauses }
            label = next
        }
    }

    /// Text up to the next circled number above `value` or the end; a run starts at ①. A number
    /// that goes back (见①) is a reference, not a marker. One that skips ahead still splits, so
    /// that the validator can report the skip.
    private mutating func readText(after value: Int) -> String {
        reader.read(until: { reader in
            guard let next = reader.currentUnit.flatMap({ ClauseLabel.circledValue($0.value) }) else { return false }
            return value == 0 ? next == 1 : next > value
        })
    }
}
