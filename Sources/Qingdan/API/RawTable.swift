/// The table as recovered from a document, before normalization: the contract between the
/// Extract/Tokenize stages (one per input form) and Normalize.
///
/// Every input form must produce the same `RawTable` for the same list: cells hold the text as
/// printed with soft wraps joined and hard breaks (new paragraphs) as `\n`.
public struct RawTable: Sendable, Equatable {
    /// The title line above the table, as printed (nil when none was found).
    public var title: String?
    /// Printed headers in column order, wraps undone (序号, 事项类别, …). In a two-row grouped
    /// header these are the leaf headers (上级部门职责, not 职责边界划分上级部门职责).
    public var headers: [String]
    /// The spanning header above each column of a two-row grouped header (职责边界划分 over
    /// 上级部门职责 | 乡镇（街道）配合职责), aligned with `headers`, nil where a column has none;
    /// empty when the header is one row. Its characters are set aside like the header's.
    public var headerGroups: [String?]
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
                regionCharacters: Int? = nil, setAsideCharacters: Int = 0, copiedCharacters: Int = 0,
                headerGroups: [String?] = []) {
        self.title = title
        self.headers = headers
        self.headerGroups = headerGroups
        self.rows = rows
        self.pageCount = pageCount
        self.findings = findings
        self.regionCharacters = regionCharacters
        self.setAsideCharacters = setAsideCharacters
        self.copiedCharacters = copiedCharacters
    }
}

/// One table row: one cell per header, or a section row.
public struct RawRow: Sendable, Equatable {
    /// Cell texts aligned with `RawTable.headers`; empty for a section row.
    public var cells: [String]
    /// The text of a section row (分类行) printed across the table, as printed with wraps undone
    /// (`一、党的建设`, `（一）基层党建`, `党的建设（12项）`); nil for an item row. A section row is
    /// never an item: it gives its category (and sub-category) to the items below it. The
    /// conservation check counts its characters as placed, so a reader does not set them aside.
    public var section: String?
    /// 1-based pages the row is printed on (empty for inputs without pages).
    public var pages: [Int]
    /// First and last 1-based line of the row in a text input.
    public var lines: ClosedRange<Int>?

    public init(cells: [String], pages: [Int] = [], lines: ClosedRange<Int>? = nil) {
        self.cells = cells
        self.pages = pages
        self.lines = lines
    }

    /// A section row printed across the table (`一、党的建设`).
    public init(section: String, pages: [Int] = [], lines: ClosedRange<Int>? = nil) {
        self.cells = []
        self.section = section
        self.pages = pages
        self.lines = lines
    }
}
