/// What the flowing text export holds, read but not yet put into columns.
struct FlowDocument: Sendable, Equatable {
    var title: String?
    var header: TableHeader?
    var rows: [FlowRow] = []
    /// Text outside the table that could not be placed.
    var findings: [Finding] = []
    /// Printed characters of lines kept out of rows: title, header (and its repeats), page
    /// numbers, text reported in findings (for the conservation check).
    var setAsideCharacters = 0
}
