/// What the flowing text export holds, read but not yet put into columns.
struct FlowDocument: Sendable, Equatable {
    var title: String?
    var header: TableHeader?
    var rows: [FlowRow] = []
    /// Section rows (`二、经济发展`), keyed by the index in `rows` of the row they stand above.
    var sections: [Int: [FlowSection]] = [:]
    /// Text outside the table that could not be placed.
    var findings: [Finding] = []
    /// Printed characters of lines kept out of rows: title, header (and its repeats), page
    /// numbers, text reported in findings (for the conservation check).
    var setAsideCharacters = 0
}

/// A section row (分类行) of the flowing export: a line of its own right above a row's 序号.
struct FlowSection: Sendable, Equatable {
    var text: String
    var line: Int
}
