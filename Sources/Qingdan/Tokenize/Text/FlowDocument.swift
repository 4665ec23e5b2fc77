/// What the flowing text export holds, read but not yet put into columns.
struct FlowDocument: Sendable, Equatable {
    var title: String?
    var header: TableHeader?
    var rows: [FlowRow] = []
    /// Text outside the table that could not be placed.
    var findings: [Finding] = []
}
