/// Removes the spaces pdftotext invents between Chinese text and Latin letters, digits or circled
/// numbers ("① 低保", "3 层", "A 级", "落实 24 小时"): those glyphs come from another font, and the
/// small gap the word processor leaves between fonts reads as a space in `-layout` output.
///
/// The rule (`Character.isInventedGap`) looks only at the two characters around a single space:
/// one side CJK, the other a Latin letter, digit, `%`, circled number or curly quote.
///
/// The spaces of letter-spaced (justified) stretches go too (`LetterSpacing`).
///
/// Limits: a space someone really typed between Chinese and a Latin word or number
/// ("使用 Excel 表格") is removed too — the text alone cannot tell the two apart; so is a typed
/// space inside a stretched run. Runs of two or more spaces are never touched.
enum InventedSpaceRemover {
    static func clean(_ text: String) -> String {
        let characters = Array(text)
        let stretched = LetterSpacing.stretchedSpaces(in: characters, edges: true)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (offset, character) in characters.enumerated() {
            if character == " ", stretched.contains(offset) || isInvented(at: offset, in: characters) { continue }
            result.append(character)
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
