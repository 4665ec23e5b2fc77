extension StringProtocol {
    /// Without leading and trailing whitespace, including the ideographic space (　) used to indent.
    var trimmingCellWhitespace: String {
        if SimpleScalars.all(self) {
            // Scalars are Characters here: trim by scalar, from both ends.
            let scalars = unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
                  let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return "" }
            return String(self[first...last])
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// The same as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, scalar by
    /// scalar and without a bridge through `NSString` (which cost the layout reader more than
    /// its cells' joining): the set is Foundation's, as Foundation answers for every scalar (`isWhitespaceOrNewline`).
    var trimmingWhitespaceAndNewlines: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespaceOrNewline($0) }),
              let last = scalars.lastIndex(where: { !isWhitespaceOrNewline($0) }) else { return "" }
        // Scalar bounds, as Foundation cuts code units (a Character may reach past the last one).
        return String(self[first..<scalars.index(after: last)])
    }

    /// Without any whitespace and with half-width parentheses made full-width: the form in which
    /// headers and department names are compared, so that 乡镇 (街道) equals 乡镇（街道）.
    var foldingSpacesAndParentheses: String {
        switch folded(atMost: .max) {
        case .folded(let folded): return folded
        case .longer, .needsGraphemes: return foldedByCharacters
        }
    }

    /// `foldingSpacesAndParentheses` when it is at most `limit` UTF-8 bytes long, else nil: a
    /// long duty text is told from a header wording after its first few bytes instead of being
    /// folded whole for every check.
    func foldingSpacesAndParentheses(atMost limit: Int) -> String? {
        switch folded(atMost: limit) {
        case .folded(let folded): return folded
        case .longer: return nil
        case .needsGraphemes:
            let folded = foldedByCharacters
            return folded.utf8.count <= limit ? folded : nil
        }
    }

    private var foldedByCharacters: String {
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
    /// Long duty texts are folded for every header check; `.needsGraphemes` sends a rarer text
    /// to the slow path. `.longer` once the bytes exceed `limit`: the folding by characters of
    /// such a text is no shorter (it keeps a whitespace scalar that a mark joins, and "(" with a
    /// mark is as long as "（").
    private func folded(atMost limit: Int) -> ScalarFolding {
        var out: [UInt8] = []
        out.reserveCapacity(limit < utf8.count ? limit + 4 : utf8.count)
        for scalar in unicodeScalars {
            guard out.count <= limit else { return .longer }
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
            guard SimpleScalars.isOwnGrapheme(value) else { return .needsGraphemes }
            if scalar.isWhiteSpace { continue }
            UTF8.encode(scalar) { out.append($0) }
        }
        guard out.count <= limit else { return .longer }
        return .folded(String(decoding: out, as: UTF8.self))
    }
}

/// How a scalar-by-scalar folding ended.
private enum ScalarFolding {
    case folded(String)
    /// The folded bytes exceeded the limit.
    case longer
    /// A scalar that may join its neighbour into one grapheme: fold by characters.
    case needsGraphemes
}

/// Foundation's `CharacterSet.whitespacesAndNewlines`: Unicode's White_Space and U+200B (zero
/// width space), as Foundation answers for every scalar.
private func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isWhiteSpace || scalar.value == 0x200B
}
