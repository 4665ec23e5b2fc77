import Foundation
import Qingdan

/// Texts and counts packed one after another into a blob (`department_rows.packed`,
/// `summary_rows.packed`): a count is its LEB128 bytes (7 bits a byte, low first), a text its
/// UTF-8 length as a count, then the bytes. A query reads a list's answer rows as one value
/// instead of a row of SQLite per cell row.
struct PackedCells {
    private(set) var bytes: [UInt8] = []

    mutating func count(_ value: Int) {
        var rest = UInt(value)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A text of a report cell with whether it is written as it is (`ReportCells.writesAsIs`):
    /// its UTF-8 length times two, plus one when it is, then the bytes.
    mutating func cellText(_ text: String) {
        let plain = ReportCells.writesAsIs(text)
        var text = text
        text.withUTF8 { utf8 in
            count(utf8.count << 1 | (plain ? 1 : 0))
            bytes.append(contentsOf: utf8)
        }
    }

    var data: Data { Data(bytes) }
}

/// Reads a `PackedCells` blob in the order it was written. A blob that ends early or runs over
/// (a file damaged or edited by hand) makes `failed` true; every read after that gives nothing.
struct PackedReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private(set) var failed = false

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    @inline(__always)
    mutating func count() -> Int {
        var value = 0, shift = 0
        while offset < bytes.count, shift < 63 {
            let byte = bytes[offset]
            offset += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        failed = true
        offset = bytes.count
        return 0
    }

    /// The next text: where its UTF-8 bytes are in the blob.
    @inline(__always)
    mutating func text() -> (offset: Int, count: Int) {
        let length = count()
        guard !failed, length <= bytes.count - offset else {
            failed = true
            offset = bytes.count
            return (0, 0)
        }
        defer { offset += length }
        return (offset, length)
    }

    /// The next text as a cell of `cells`, where the blob was stored at `base`
    /// (`ReportCells.store(raw:)`): no copy of its bytes.
    @inline(__always)
    mutating func text(in cells: borrowing ReportCells, base: Int) -> ReportCells.Cell {
        let (offset, count) = text()
        return cells.cell(stored: base, offset: offset, count: count)
    }

    /// The next `PackedCells.cellText` as a cell of `cells`, as `text(in:base:)`, marked plain
    /// when it was stored so.
    @inline(__always)
    mutating func cellText(in cells: borrowing ReportCells, base: Int) -> ReportCells.Cell {
        let flagged = count(), length = flagged >> 1
        guard !failed, length <= bytes.count - offset else {
            failed = true
            offset = bytes.count
            return cells.cell(stored: base, offset: 0, count: 0)
        }
        defer { offset += length }
        return cells.cell(stored: base, offset: offset, count: length, plain: flagged & 1 == 1)
    }
}
