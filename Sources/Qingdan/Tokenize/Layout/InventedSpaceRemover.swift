/// Removes the spaces pdftotext invents between Chinese text and Latin letters, digits or circled
/// numbers ("① 低保", "3 层", "A 级", "落实 24 小时"): those glyphs come from another font, and the
/// small gap the word processor leaves between fonts reads as a space in `-layout` output.
///
/// The rule (`Character.isInventedGap`) looks only at the two characters around a single space:
/// one side CJK, the other a Latin letter, digit, `%`, circled number or curly quote.
///
/// A justified line of Chinese is stretched by widening the gaps between its characters, and
/// `-layout` output shows a wide enough gap as a space: "1. 加 强 对 涉 恐 、 涉爆". A stretch of
/// single characters each separated by one space (three spaces or more, the characters Chinese)
/// is such a line, and its spaces go too.
///
/// Limits: a space someone really typed between Chinese and a Latin word or number
/// ("使用 Excel 表格") is removed too — the text alone cannot tell the two apart; so is a typed
/// space inside a stretched run. Runs of two or more spaces are never touched.
enum InventedSpaceRemover {
    static func clean(_ text: String) -> String {
        let characters = Array(text)
        let stretched = stretchedSpaces(in: characters)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (offset, character) in characters.enumerated() {
            if character == " ", stretched.contains(offset) || isInvented(at: offset, in: characters) { continue }
            result.append(character)
        }
        return result
    }

    /// Offsets of the spaces inside letter-spaced stretches: `c␠c␠c␠c…`, each `c` one character
    /// other than a space or line break, at least three spaces, at most one `c` a Latin letter or
    /// digit (a spaced-out Latin word is typed that way).
    static func stretchedSpaces(in characters: [Character]) -> Set<Int> {
        var result: Set<Int> = []
        var start = 0
        while start < characters.count {
            // Extend a stretch from `start`: character, space, character, space, …
            var end = start
            var spaces: [Int] = []
            while end + 2 < characters.count, characters[end] != " ", characters[end] != "\n",
                  characters[end + 1] == " ", characters[end + 2] != " ", characters[end + 2] != "\n" {
                spaces.append(end + 1)
                end += 2
            }
            if spaces.count >= 3 {
                let members = stride(from: start, through: end, by: 2).map { characters[$0] }
                if members.filter(\.isLatinLike).count <= 1 { result.formUnion(spaces) }
            }
            start = spaces.isEmpty ? start + 1 : end + 1
        }
        return result
    }

    private static func isInvented(at offset: Int, in characters: [Character]) -> Bool {
        guard offset > 0, offset + 1 < characters.count else { return false }
        let before = characters[offset - 1], after = characters[offset + 1]
        if Character.isInventedGap(between: before, and: after) { return true }
        // Curly quotes set in the Latin font leave the same gap beside Chinese: "“ 五进工程 ”".
        return (before.isCJK && curlyQuotes.contains(after)) || (curlyQuotes.contains(before) && after.isCJK)
    }

    private static let curlyQuotes: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
}
