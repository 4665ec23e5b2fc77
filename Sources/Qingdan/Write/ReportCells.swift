/// The rows of a `ReportTable` as UTF-8 bytes: every cell a span of one buffer, a cell repeated
/// down the rows (a list's region and kind, an item's name beside each of its clauses) stored
/// once. An answer of 20,000 rows is 200,000 cells: a `String` made for each, and an array for
/// each row, cost more than reading them from the dataset and writing the report.
public struct ReportCells: Sendable {
    /// A cell already stored, to be appended again without copying its text.
    public struct Cell: Sendable, Equatable {
        let start: Int32
        let end: Int32
    }

    private(set) var bytes: [UInt8] = []
    private(set) var spans: [Cell] = []
    /// Where each row's cells begin in `spans`, and where the last row ends.
    private(set) var rowStarts: [Int32] = [0]

    public init() {}

    public init(rows: [[String]]) {
        for row in rows {
            for cell in row { append(cell) }
            endRow()
        }
    }

    /// Rows appended so far.
    public var count: Int { rowStarts.count - 1 }
    public var isEmpty: Bool { count == 0 }

    /// Room for `bytes` more bytes of text and `cells` more cells.
    public mutating func reserve(bytes: Int, cells: Int) {
        self.bytes.reserveCapacity(self.bytes.count + bytes)
        spans.reserveCapacity(spans.count + cells)
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
        let start = Int32(bytes.count)
        bytes.append(contentsOf: utf8)
        return Cell(start: start, end: Int32(bytes.count))
    }

    /// Stores a number's decimal digits, in no row yet.
    public mutating func store(_ value: Int) -> Cell {
        let start = Int32(bytes.count)
        JSONValue.appendDecimal(value, to: &bytes)
        return Cell(start: start, end: Int32(bytes.count))
    }

    /// Appends a stored cell to the row being filled (a cell may stand in any number of rows).
    public mutating func append(_ cell: Cell) { spans.append(cell) }

    /// Ends the row being filled.
    public mutating func endRow() { rowStarts.append(Int32(spans.count)) }

    /// Row `index`'s cells as texts.
    public func row(_ index: Int) -> [String] {
        (Int(rowStarts[index])..<Int(rowStarts[index + 1])).map { text(of: spans[$0]) }
    }

    /// Every row as texts.
    public var rows: [[String]] { (0..<count).map(row) }

    private func text(of cell: Cell) -> String {
        String(decoding: bytes[Int(cell.start)..<Int(cell.end)], as: UTF8.self)
    }

    /// Calls `body` with each row's cells' bytes, row after row: `body(row, cells)` where
    /// `cells(i)` is cell `i` of the row (of `width(row)` cells).
    func forEachRow(_ body: (_ width: Int, _ cell: (Int) -> UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            spans.withUnsafeBufferPointer { spans in
                for r in 0..<count {
                    let first = Int(rowStarts[r])
                    body(Int(rowStarts[r + 1]) - first) { i in
                        let span = spans[first + i]
                        return UnsafeBufferPointer(rebasing: all[Int(span.start)..<Int(span.end)])
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
