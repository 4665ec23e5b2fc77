extension StringProtocol {
    /// Without leading and trailing whitespace, including the ideographic space (　) used to indent.
    var trimmingCellWhitespace: String {
        if SimpleScalars.all(self) {
            // Scalars are Characters here: trim by scalar, from both ends.
            let scalars = unicodeScalars
            guard let first = scalars.firstIndex(where: { !SimpleScalars.isWhitespace($0.value) }),
                  let last = scalars.lastIndex(where: { !SimpleScalars.isWhitespace($0.value) }) else { return "" }
            return String(self[first...last])
        }
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
            guard SimpleScalars.isOwnGrapheme(value) else { return nil }
            if SimpleScalars.isWhitespace(value) { continue }
            UTF8.encode(scalar) { out.append($0) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
