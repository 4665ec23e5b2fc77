/// Printed characters (字数) as the conservation check counts them: Unicode scalars that are not
/// whitespace. Joining wrapped lines, removing invented gaps and trimming change only whitespace,
/// and a scalar count does not change when two pieces are joined (a Character count could, by
/// combining marks). Every reader counts its table region with it.
enum PrintedCharacters {
    /// Unicode scalars in `text` that are neither whitespace nor ASCII control characters.
    static func count(_ text: some StringProtocol) -> Int {
        SimpleScalars.withBytes(of: text, count(utf8:))
    }

    /// `count(_:)` over valid UTF-8, scalar by lead byte: a lead of four bytes or of three from
    /// E4 on (CJK ideographs, full-width forms) is never whitespace; the non-ASCII whitespace
    /// scalars (`Unicode.Scalar.isWhiteSpace`) are C2 85, C2 A0, E1 9A 80, E2 80 80–8A, E2 80 A8,
    /// E2 80 A9, E2 80 AF, E2 81 9F and E3 80 80 (　). (The scalar view's iterator cost a dozen
    /// instructions a byte; every cell is counted by its reader and again by the check.)
    static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        let end = bytes.count
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII first: most of a list's punctuation, digits and the spaces between columns.
                if lead > 0x20, lead != 0x7F { count += 1 }
                index += 1
                continue
            }
            if lead >= 0xE4 {
                count += 1
                index += lead < 0xF0 ? 3 : 4
                continue
            }
            let second: UInt8 = index + 1 < end ? bytes[index + 1] : 0
            if lead < 0xE0 {
                if lead != 0xC2 || (second != 0x85 && second != 0xA0) { count += 1 }
                index += 2
                continue
            }
            let third: UInt8 = index + 2 < end ? bytes[index + 2] : 0
            let isWhitespace: Bool
            switch lead {
            case 0xE1: isWhitespace = second == 0x9A && third == 0x80
            case 0xE2:
                isWhitespace = (second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF))
                    || (second == 0x81 && third == 0x9F)
            case 0xE3: isWhitespace = second == 0x80 && third == 0x80
            default: isWhitespace = false
            }
            if !isWhitespace { count += 1 }
            index += 3
        }
        return count
    }
}
