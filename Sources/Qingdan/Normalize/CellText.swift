/// Small text helpers for cell contents (no Foundation needed).
enum CellText {
    /// `text` without leading and trailing whitespace.
    static func trimmed(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    static func isBlank(_ text: some StringProtocol) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
