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
        case .needsGraphemes: return foldedByCharacters(atMost: limit)
        }
    }

    private var foldedByCharacters: String {
        foldedByCharacters(atMost: .max) ?? ""
    }

    /// The folding by Characters, nil once it is longer than `limit` bytes (it only grows, so a
    /// long line is given up early instead of folded whole).
    private func foldedByCharacters(atMost limit: Int) -> String? {
        var out = ""
        for c in self where !c.isWhitespace {
            switch c {
            case "(": out.append("（")
            case ")": out.append("）")
            default: out.append(c)
            }
            if limit != .max, out.utf8.count > limit { return nil }
        }
        return out
    }

    /// `foldingSpacesAndParentheses` scalar by scalar into UTF-8 bytes (`SpaceParenthesisFolding`),
    /// when every scalar is its own grapheme; `.needsGraphemes` sends a rarer text to the
    /// Character folding. Long duty texts are folded for every header check: `.longer` once the
    /// bytes exceed `limit`.
    private func folded(atMost limit: Int) -> ScalarFolding {
        SimpleScalars.withBytes(of: self) { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(limit < bytes.count ? limit + 4 : bytes.count)
            switch SpaceParenthesisFolding.fold(bytes, limit: limit, into: &out) {
            case .folded: return .folded(String(decoding: out, as: UTF8.self))
            case .longer: return .longer
            case .needsGraphemes: return .needsGraphemes
            }
        }
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
