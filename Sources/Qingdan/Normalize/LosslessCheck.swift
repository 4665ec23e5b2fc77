/// Rebuilds duty cells from their structure, to show that reading them lost and invented nothing:
/// heading + label + text + subclauses, in order, must give the printed cell back (line breaks
/// aside). Shared by the tests of every input form.
enum LosslessCheck {
    static func text(of sections: [Section]) -> String {
        String(decoding: bytes(of: sections), as: UTF8.self)
    }

    static func text(of clauses: [Clause]) -> String {
        var out: [UInt8] = []
        append(clauses, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The rebuilt text's UTF-8 bytes, appended piece by piece (joining Strings checks each seam
    /// for a grapheme boundary).
    static func bytes(of sections: [Section]) -> [UInt8] {
        var out: [UInt8] = []
        for section in sections {
            if let heading = section.heading { out += heading.utf8 }
            append(section.clauses, to: &out)
        }
        return out
    }

    private static func append(_ clauses: [Clause], to out: inout [UInt8]) {
        for clause in clauses {
            if let label = clause.label { out += label.utf8 }
            out += clause.text.utf8
            append(clause.subclauses, to: &out)
        }
    }

    /// The printed cell as the rebuilt text is compared with it.
    static func comparable(_ cell: String) -> String {
        String(String.UnicodeScalarView(cell.unicodeScalars.filter { $0 != "\n" }))
    }

    /// Whether the rebuilt text equals the printed cell without its line breaks, as Strings
    /// compare (canonical equivalence). The same bytes are equal Strings: the rebuilt text is
    /// the cell's own pieces, so that is nearly always the answer, found without a String.
    static func rebuilds(_ rebuilt: [UInt8], printed: String) -> Bool {
        // The same bytes but the printed line breaks, compared over both buffers (the two
        // iterators cost most of the structure check); any other answer is the Strings'.
        let sameBytes = printed.utf8.withContiguousStorageIfAvailable { bytes in
            rebuilt.withUnsafeBufferPointer { rest in
                var next = 0
                for byte in bytes where byte != UInt8(ascii: "\n") {
                    guard next < rest.count, rest[next] == byte else { return false }
                    next += 1
                }
                return next == rest.count
            }
        }
        if sameBytes == true { return true }
        return String(decoding: rebuilt, as: UTF8.self) == comparable(printed)
    }

    /// Columns of `item` whose structure does not rebuild the printed cell.
    static func mismatches(in item: Item, columns: [Column]) -> [Column] {
        columns.filter { column in
            guard let rebuilt = item.rebuiltBytes(of: column.key), let printed = item.cell(column.header) else { return false }
            return !rebuilds(rebuilt, printed: printed)
        }
    }
}
