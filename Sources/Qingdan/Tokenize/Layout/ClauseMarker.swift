/// The number that opens a clause of a duty text (条款序号): "1." "1．" "1、", "（一）" "(1)" "（1）",
/// or a circled/parenthesized number "①" "⑴" "⒈".
enum ClauseMarker {
    static func starts(_ text: String) -> Bool {
        var reader = text.unicodeScalars.makeIterator()
        guard let first = reader.next() else { return false }
        if (0x2460...0x249B).contains(first.value) { return true }
        if first == "（" || first == "(" { return readsBracketed(&reader) }
        guard isDigit(first) else { return false }
        while let scalar = reader.next() {
            if isDigit(scalar) { continue }
            // "1.5倍" is a number, not a clause.
            guard ".．、".unicodeScalars.contains(scalar), let after = reader.next() else { return false }
            return !isDigit(after)
        }
        return false
    }

    /// After the opening bracket: digits or Chinese numerals, then the closing bracket.
    private static func readsBracketed(_ reader: inout String.UnicodeScalarView.Iterator) -> Bool {
        var count = 0
        while let scalar = reader.next() {
            if scalar == "）" || scalar == ")" { return count > 0 }
            guard isDigit(scalar) || "一二三四五六七八九十".unicodeScalars.contains(scalar), count < 3 else { return false }
            count += 1
        }
        return false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
