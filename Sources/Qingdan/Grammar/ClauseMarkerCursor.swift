/// What the clause-marker grammar (`readClauseLabel`, in `ClauseLabel.swift`) reads: one unit
/// at a time — the scalar a Character is read as — with rewinds for rules that fail part-way.
/// `DutyTextReader` reads units out of an array (any text, Characters where they matter);
/// `UTF8MarkerCursor` decodes them from a string's own UTF-8 bytes where every scalar is a
/// Character of its own, with no array and no allocation. One grammar, specialised for each.
protocol ClauseMarkerCursor {
    associatedtype Mark
    /// The unit at the cursor; nil at the end.
    var currentUnit: Unicode.Scalar? { get }
    /// Where the cursor is, to rewind to or to take the text read since.
    var mark: Mark { get }
    mutating func advance()
    mutating func rewind(to mark: Mark)
    /// The text read since `start`, exactly as printed.
    func printed(from start: Mark) -> String
}

extension DutyTextReader: ClauseMarkerCursor {
    var mark: Int { index }

    func printed(from start: Int) -> String { text(from: start) }
}
