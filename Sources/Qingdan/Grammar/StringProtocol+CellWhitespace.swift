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
}
