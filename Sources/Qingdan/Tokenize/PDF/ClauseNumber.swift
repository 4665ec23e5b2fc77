/// A clause number at the start of a paragraph: "2.", "2．", "2、", "（二）", "二、".
enum ClauseNumber {
    private static let chineseNumerals: Set<Character> = Set("一二三四五六七八九十")

    /// The length of the clause number `text` starts with, or nil.
    static func prefixLength(of text: String) -> Int? {
        var characters = Array(text.prefix(8))
        var opened = false
        if let first = characters.first, first == "（" || first == "(" {
            opened = true
            characters.removeFirst()
        }
        let digits = characters.prefix { $0.wholeNumberValue != nil || chineseNumerals.contains($0) }
        guard !digits.isEmpty, digits.count < characters.count else { return nil }
        let mark = characters[digits.count]
        let closes = opened ? (mark == "）" || mark == ")") : (mark == "." || mark == "．" || mark == "、")
        return closes ? digits.count + (opened ? 2 : 1) : nil
    }
}
