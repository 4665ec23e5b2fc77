extension StringProtocol {
    /// Without leading and trailing whitespace, including the ideographic space (　) used to indent.
    var trimmingCellWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// Without any whitespace and with half-width parentheses made full-width: the form in which
    /// headers and department names are compared, so that 乡镇 (街道) equals 乡镇（街道）.
    var foldingSpacesAndParentheses: String {
        if let folded = foldedByScalars { return folded }
        var out = ""
        for c in self where !c.isWhitespace {
            switch c {
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(c)
            }
        }
        return out
    }

    /// `foldingSpacesAndParentheses` scalar by scalar into UTF-8 bytes, when every scalar is its
    /// own grapheme (ASCII, CJK, kana, full-width forms, common punctuation): then dropping
    /// whitespace scalars is dropping whitespace characters, and no grapheme breaking is needed.
    /// Long duty texts are folded for every header check; nil sends a rarer text to the slow path.
    private var foldedByScalars: String? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x09...0x0D, 0x20: continue
                case 0x28: out += [0xEF, 0xBC, 0x88]  // （
                case 0x29: out += [0xEF, 0xBC, 0x89]  // ）
                default: out.append(UInt8(value))
                }
                continue
            }
            guard Self.isOwnGrapheme(value) else { return nil }
            if scalar.properties.isWhitespace { continue }
            UTF8.encode(scalar) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Scalars that never join a neighbour into one grapheme (no combining marks, joiners,
    /// variation selectors, prepended or spacing marks, Hangul jamo).
    private static func isOwnGrapheme(_ value: UInt32) -> Bool {
        switch value {
        case 0x80..<0x300: return value != 0xAD  // Latin-1 and Latin Extended; U+00AD is a control
        case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, ellipsis, ‰
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: return true  // CJK punctuation, kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // CJK ideographs
        case 0xFF01...0xFF9D, 0xFFA0...0xFFEF: return true  // full-width and half-width forms
        default: return false
        }
    }
}
