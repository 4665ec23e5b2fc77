/// How a report's writer lays out the rows around their cells (`ReportCells.write`): what comes
/// before each cell and after each row, and how a cell's text is escaped.
protocol ReportRowLayout {
    /// Writes what comes before cell `i` of a row of `width` cells.
    mutating func before(_ i: Int, width: Int, to out: ByteWriter)
    /// Writes a cell's text, escaped.
    func cell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter)
    /// Writes a cell's text that escaping leaves as it is (`ReportCells.writesAsIs`).
    func plainCell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter)
    /// Writes what ends a row of `width` cells.
    mutating func after(width: Int, to out: ByteWriter)
}

/// `ReportTable.jsonData`'s rows in `JSONValue`'s layout: an object a row, a member a line, the
/// rows separated by commas.
struct JSONRowLayout: ReportRowLayout {
    /// What comes before each column's member, one after another: the object's opening (first
    /// member) or the comma after the member before, then the key quoted, indented, with ": ".
    private var prefixes: [UInt8] = []
    private var prefixEnds: [Int] = []
    private var first = true

    init(keys: [String]) {
        for (i, key) in keys.enumerated() {
            prefixes += (i == 0 ? "    {\n" : ",\n").utf8
            prefixes += "      ".utf8
            JSONValue.appendQuoted(key, to: &prefixes)
            prefixes += ": ".utf8
            prefixEnds.append(prefixes.count)
        }
    }

    /// The members a row can have: one a key.
    var columns: Int { prefixEnds.count }

    @inline(__always)
    mutating func before(_ i: Int, width: Int, to out: ByteWriter) {
        if i == 0 {
            if !first { out.append(",\n") }
            first = false
        }
        let start = i == 0 ? 0 : prefixEnds[i - 1], end = prefixEnds[i]
        prefixes.withUnsafeBufferPointer { out.append(bytes: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    func cell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        var out = out
        JSONValue.appendQuoted(utf8: text, to: &out)
    }

    @inline(__always)
    func plainCell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        out.append(UInt8(ascii: "\""))
        out.append(bytes: text)
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    mutating func after(width: Int, to out: ByteWriter) {
        if min(width, columns) == 0 {
            if !first { out.append(",\n") }
            first = false
            out.append("    {}")
        } else {
            out.append("\n    }")
        }
    }
}

/// `ReportTable.markdownData`'s rows: `| a | b |`, a row without cells `|  |`.
struct MarkdownRowLayout: ReportRowLayout {
    @inline(__always)
    func before(_ i: Int, width: Int, to out: ByteWriter) { out.append(i == 0 ? "| " : " | ") }

    func cell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        var out = out
        MarkdownText.appendEscaped(utf8: text, to: &out)
    }

    @inline(__always)
    func plainCell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter) { out.append(bytes: text) }

    @inline(__always)
    func after(width: Int, to out: ByteWriter) { out.append(width == 0 ? "|  |\n" : " |\n") }
}

/// `ReportTable.csvData`'s rows: RFC 4180 fields, CRLF after each row.
struct CSVRowLayout: ReportRowLayout {
    @inline(__always)
    func before(_ i: Int, width: Int, to out: ByteWriter) {
        if i > 0 { out.append(UInt8(ascii: ",")) }
    }

    func cell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter) {
        var out = out
        CSVWriter.appendField(utf8: text, to: &out)
    }

    @inline(__always)
    func plainCell(_ text: UnsafeBufferPointer<UInt8>, to out: ByteWriter) { out.append(bytes: text) }

    @inline(__always)
    func after(width: Int, to out: ByteWriter) { out.append("\r\n") }
}
