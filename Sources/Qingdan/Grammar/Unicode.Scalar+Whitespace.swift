extension Unicode.Scalar {
    /// `properties.isWhitespace` without the property table lookup, which cost a twentieth of a
    /// PDF conversion (every scalar of every cell is counted and folded): Unicode's White_Space
    /// set, unchanged since Unicode 6.3 — tab to carriage return, space, U+0085, no-break space,
    /// U+1680, the spaces U+2000–U+200A, the line and paragraph separators, U+202F, U+205F and
    /// the ideographic space (　).
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
