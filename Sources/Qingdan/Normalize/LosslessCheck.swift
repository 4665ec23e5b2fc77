import Foundation

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
        mismatches(in: item, columns: columns, texts: columns.map { item.cell($0.header) })
    }

    /// `mismatches(in:columns:)` with the item's cells under `columns` given (`texts`).
    static func mismatches(in item: Item, columns: [Column], texts: [String?]) -> [Column] {
        var found: [Column] = []
        for (index, column) in columns.enumerated() {
            guard let printed = texts[index] else { continue }
            let sections: [Section]
            switch column.key {
            case .superiorDuties: sections = item.superiorDuties
            case .townshipDuties: sections = [Section(heading: nil, departments: [], clauses: item.townshipDuties)]
            case .content:
                guard let content = item.content else { continue }
                sections = [Section(heading: nil, departments: [], clauses: content)]
            default: continue
            }
            // The pieces against the printed bytes in place: the same bytes but the line breaks
            // are nearly always the answer, found without building the rebuilt text.
            if PrintedMatcher.matches(sections, printed: printed) { continue }
            if !rebuilds(bytes(of: sections), printed: printed) { found.append(column) }
        }
        return found
    }

    /// Whether the pieces of `sections` (heading, labels, texts, in order) are end to end the
    /// bytes of `printed` without its line breaks; false also when it cannot tell (the printed
    /// text has no contiguous bytes).
    private struct PrintedMatcher {
        let printed: UnsafeBufferPointer<UInt8>
        var next = 0
        var isSame = true

        static func matches(_ sections: [Section], printed: String) -> Bool {
            printed.utf8.withContiguousStorageIfAvailable { bytes in
                var matcher = PrintedMatcher(printed: bytes)
                for section in sections {
                    if let heading = section.heading { matcher.match(heading) }
                    matcher.match(section.clauses)
                }
                return matcher.isSame && matcher.reachedEnd
            } ?? false
        }

        private mutating func match(_ clauses: [Clause]) {
            for clause in clauses where isSame {
                if let label = clause.label { match(label) }
                match(clause.text)
                match(clause.subclauses)
            }
        }

        private mutating func match(_ piece: String) {
            guard isSame else { return }
            let same = piece.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var offset = 0
                while offset < bytes.count {
                    while next < printed.count, printed[next] == UInt8(ascii: "\n") { next += 1 }
                    // The run up to the next line break of the printed text, compared at once.
                    var end = next
                    let limit = min(printed.count, next + bytes.count - offset)
                    while end < limit, printed[end] != UInt8(ascii: "\n") { end += 1 }
                    let run = end - next
                    guard run > 0, let whole = printed.baseAddress, let own = bytes.baseAddress,
                          memcmp(whole + next, own + offset, run) == 0 else { return false }
                    next = end
                    offset += run
                }
                return true
            }
            isSame = same ?? false
        }

        /// Whether only line breaks are left of the printed text.
        var reachedEnd: Bool {
            printed[next...].allSatisfy { $0 == UInt8(ascii: "\n") }
        }
    }
}
