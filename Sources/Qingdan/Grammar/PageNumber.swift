/// A page number printed above or below the table (页码): "3", "- 3 -", "—3—", "第3页",
/// "第 3 页 共 23 页", "3/23". Callers take only a page's first or last line for one.
enum PageNumber {
    /// Whether `line` is nothing but a page number.
    static func matches(_ line: some StringProtocol) -> Bool {
        var text = Substring(line.filter { $0 != " " })
        text = text.drop(while: isDash)
        while let last = text.last, isDash(last) { text = text.dropLast() }
        _ = readPrefix("第", from: &text)
        guard readNumber(from: &text) else { return false }
        _ = readPrefix("页", from: &text)
        // "/23" or "共23页"
        if readPrefix("/", from: &text) || readPrefix("共", from: &text) {
            guard readNumber(from: &text) else { return false }
            _ = readPrefix("页", from: &text)
        }
        return text.isEmpty
    }

    private static func isDash(_ character: Character) -> Bool {
        "-–—－_".contains(character)
    }

    private static func readPrefix(_ prefix: String, from text: inout Substring) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        text = text.dropFirst(prefix.count)
        return true
    }

    private static func readNumber(from text: inout Substring) -> Bool {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty else { return false }
        text = text.dropFirst(digits.count)
        return true
    }
}
