/// The rows of a `ReportTable` as UTF-8 bytes: every cell a span of one buffer, a cell repeated
/// down the rows (a list's region and kind, an item's name beside each of its clauses) stored
/// once. An answer of 20,000 rows is 200,000 cells: a `String` made for each, and an array for
/// each row, cost more than reading them from the dataset and writing the report.
public struct ReportCells: Sendable {
    /// A cell already stored, to be appended again without copying its text.
    public struct Cell: Sendable, Equatable {
        @usableFromInline let start: Int
        @usableFromInline let end: Int
        /// Whether its text comes out of every writer as it is (`writesAsIs`): copied, not escaped.
        @usableFromInline let plain: Bool

        @usableFromInline init(start: Int, end: Int, plain: Bool = false) {
            self.start = start
            self.end = end
            self.plain = plain
        }
    }

    /// Whether `text` comes out of every report writer's escaping as it went in (JSON's quotes
    /// around it): what the escapers themselves do to it, so that there is no second copy of
    /// their rules. A dataset stores this with its texts (`department_rows`), and their cells
    /// (`cell(stored:offset:count:plain:)`) are then copied into a report without a scan.
    public static func writesAsIs(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var json: [UInt8] = [], markdown: [UInt8] = [], csv: [UInt8] = []
            JSONValue.appendQuoted(utf8: utf8, to: &json)
            MarkdownText.appendEscaped(utf8: utf8, to: &markdown)
            CSVWriter.appendField(utf8: utf8, to: &csv)
            return json.count == utf8.count + 2 && json[1..<(json.count - 1)].elementsEqual(utf8)
                && markdown.elementsEqual(utf8) && csv.elementsEqual(utf8)
        }
    }

    // Inlinable into the dataset's readers, which append 200,000 cells for an answer of
    // 20,000 rows (as calls across the module, 40 instructions a cell).
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var spans: [Cell] = []
    /// Where each row's cells begin in `spans`, and where the last row ends.
    @usableFromInline var rowStarts: [Int] = [0]

    public init() {}

    public init(rows: [[String]]) {
        for row in rows {
            for cell in row { append(cell) }
            endRow()
        }
    }

    /// Cells to come lying in `bytes` (a dataset's packed rows, one after another), taken as
    /// they are: `cell(stored: 0, offset:count:)` makes them. Appending cells does not copy
    /// the bytes while the caller still reads its own reference to them.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Rows appended so far.
    public var count: Int { rowStarts.count - 1 }
    public var isEmpty: Bool { count == 0 }

    /// Room for `bytes` more bytes of text, `cells` more cells and `rows` more rows.
    public mutating func reserve(bytes: Int, cells: Int, rows: Int = 0) {
        // Not for no bytes: bytes shared with the caller (init(bytes:)) would be copied.
        if bytes > 0 { self.bytes.reserveCapacity(self.bytes.count + bytes) }
        spans.reserveCapacity(spans.count + cells)
        rowStarts.reserveCapacity(rowStarts.count + rows)
    }

    /// Appends a cell to the row being filled and gives it back for repeating.
    @discardableResult
    public mutating func append(_ text: String) -> Cell {
        let cell = store(text)
        spans.append(cell)
        return cell
    }

    /// Stores a text for cells to come (`append(_: Cell)`), in no row yet.
    public mutating func store(_ text: String) -> Cell {
        var text = text
        return text.withUTF8 { store(utf8: $0) }
    }

    /// Stores a text given as UTF-8 bytes (valid UTF-8: the caller's promise), in no row yet.
    public mutating func store(utf8: UnsafeBufferPointer<UInt8>) -> Cell {
        let start = (bytes.count)
        bytes.append(contentsOf: utf8)
        return Cell(start: start, end: (bytes.count))
    }

    /// Stores a number's decimal digits, in no row yet.
    public mutating func store(_ value: Int) -> Cell {
        let start = (bytes.count)
        JSONValue.appendDecimal(value, to: &bytes)
        return Cell(start: start, end: (bytes.count))
    }

    /// Stores bytes (a packed row of the dataset) whose parts become cells through
    /// `cell(stored:offset:count:)`, and gives where they begin.
    public mutating func store(raw: UnsafeRawBufferPointer) -> Int {
        let base = bytes.count
        bytes.append(contentsOf: raw)
        return base
    }

    /// The cell of `count` bytes at `offset` within the bytes stored at `base` (kept within
    /// the bytes stored).
    @inlinable
    public func cell(stored base: Int, offset: Int, count: Int) -> Cell {
        cell(stored: base, offset: offset, count: count, plain: false)
    }

    /// The same, for a text known to be written as it is (`writesAsIs`) when `plain`.
    @inlinable
    public func cell(stored base: Int, offset: Int, count: Int, plain: Bool) -> Cell {
        let start = min(max(0, base + offset), bytes.count)
        return Cell(start: start, end: min(start + max(0, count), bytes.count), plain: plain)
    }

    /// Appends a stored cell to the row being filled (a cell may stand in any number of rows).
    @inlinable
    public mutating func append(_ cell: Cell) { spans.append(cell) }

    /// Appends stored cells to the row being filled.
    public mutating func append(_ cells: [Cell]) { spans.append(contentsOf: cells) }

    /// Ends the row being filled.
    @inlinable
    public mutating func endRow() { rowStarts.append(spans.count) }

    /// Row `index`'s cells as texts.
    public func row(_ index: Int) -> [String] {
        (rowStarts[index]..<rowStarts[index + 1]).map { text(of: spans[$0]) }
    }

    /// Every row as texts.
    public var rows: [[String]] { (0..<count).map(row) }

    private func text(of cell: Cell) -> String {
        String(decoding: bytes[Int(cell.start)..<Int(cell.end)], as: UTF8.self)
    }

    /// Writes each row's cells (the first `columns` of them) into `out` as `layout` lays them
    /// out. A cell repeated from the row above in the same column (a list's region, an item's
    /// name beside each clause) is not escaped again: its bytes are copied from where they were
    /// written for that row. Generic, so that each writer's loop is compiled with its layout
    /// inlined (as closures, the calls around 200,000 cells cost as much as the escaping).
    func write<Layout: ReportRowLayout>(to out: ByteWriter, columns: Int = .max, layout: inout Layout) {
        // Per column: the cell written last and where its bytes went.
        var last: [(cell: Cell, start: Int, end: Int)] = []
        bytes.withUnsafeBufferPointer { all in
            spans.withUnsafeBufferPointer { spans in
                rowStarts.withUnsafeBufferPointer { rowStarts in
                    for r in 0..<(rowStarts.count - 1) {
                        let first = rowStarts[r], width = rowStarts[r + 1] - first
                        let written = min(width, columns)
                        if last.count < written {
                            last += repeatElement((cell: Cell(start: -1, end: -1), start: 0, end: 0), count: written - last.count)
                        }
                        for i in 0..<written {
                            layout.before(i, width: width, to: out)
                            let span = spans[first + i]
                            if last[i].cell == span {
                                out.appendCopy(from: last[i].start, to: last[i].end)
                            } else {
                                let start = out.count
                                let text = UnsafeBufferPointer(rebasing: all[span.start..<span.end])
                                if span.plain { layout.plainCell(text, to: out) } else { layout.cell(text, to: out) }
                                last[i] = (span, start, out.count)
                            }
                        }
                        layout.after(width: width, to: out)
                    }
                }
            }
        }
    }

    /// Bytes of text held (a cell repeated counted once), for sizing an output.
    var byteCount: Int { bytes.count }
    var cellCount: Int { spans.count }
}

extension ReportCells: Equatable {
    /// The same rows of the same texts, however they are stored.
    public static func == (a: ReportCells, b: ReportCells) -> Bool {
        guard a.count == b.count, a.spans.count == b.spans.count, a.rowStarts == b.rowStarts else { return false }
        return a.bytes.withUnsafeBufferPointer { x in
            b.bytes.withUnsafeBufferPointer { y in
                zip(a.spans, b.spans).allSatisfy { s, t in
                    x[Int(s.start)..<Int(s.end)].elementsEqual(y[Int(t.start)..<Int(t.end)])
                }
            }
        }
    }
}
