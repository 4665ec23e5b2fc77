/// The table as recovered from a document, before normalization: the contract between the
/// Extract/Tokenize stages (one per input form) and Normalize.
///
/// Every input form must produce the same `RawTable` for the same list: cells hold the text as
/// printed with soft wraps joined and hard breaks (new paragraphs) as `\n`.
public struct RawTable: Sendable, Equatable {
    /// The title line above the table, as printed (nil when none was found).
    public var title: String?
    /// Printed headers in column order, wraps undone (序号, 事项类别, …).
    public var headers: [String]
    public var rows: [RawRow]
    /// Page count for paged inputs.
    public var pageCount: Int?
    /// Problems found while recovering the table (text that could not be placed, …).
    public var findings: [Finding]
    /// Printed (non-whitespace) characters of the table region, counted straight from the input,
    /// apart from the logic that places text in cells; nil when the tokenizer does not count.
    /// The validator checks that they equal the characters in cells plus `setAsideCharacters`
    /// less `copiedCharacters`.
    public var regionCharacters: Int?
    /// Of `regionCharacters`, those deliberately kept out of the cells: the header as printed
    /// (each repeat), page furniture (page numbers, running heads and feet), text that a finding
    /// reports (`text.unplaced`, `text.outside`).
    public var setAsideCharacters: Int
    /// Characters the cells hold more than once: a merged cell spanning rows gives its text to
    /// every row it spans (counted once in the region, once per further row here).
    public var copiedCharacters: Int

    public init(title: String?, headers: [String], rows: [RawRow], pageCount: Int? = nil, findings: [Finding] = [],
                regionCharacters: Int? = nil, setAsideCharacters: Int = 0, copiedCharacters: Int = 0) {
        self.title = title
        self.headers = headers
        self.rows = rows
        self.pageCount = pageCount
        self.findings = findings
        self.regionCharacters = regionCharacters
        self.setAsideCharacters = setAsideCharacters
        self.copiedCharacters = copiedCharacters
    }
}

/// One table row: one cell per header.
public struct RawRow: Sendable, Equatable {
    /// Cell texts aligned with `RawTable.headers`.
    public var cells: [String]
    /// 1-based pages the row is printed on (empty for inputs without pages).
    public var pages: [Int]
    /// First and last 1-based line of the row in a text input.
    public var lines: ClosedRange<Int>?

    public init(cells: [String], pages: [Int] = [], lines: ClosedRange<Int>? = nil) {
        self.cells = cells
        self.pages = pages
        self.lines = lines
    }
}
