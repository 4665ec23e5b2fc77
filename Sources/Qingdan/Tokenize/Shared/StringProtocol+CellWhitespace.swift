extension StringProtocol {
    /// Without leading and trailing whitespace, including the ideographic space (　) used to indent.
    var trimmingCellWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
