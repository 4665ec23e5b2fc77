/// Removes the spaces pdftotext invents between Chinese text and Latin letters, digits or circled
/// numbers ("① 低保", "3 层", "A 级", "落实 24 小时"): those glyphs come from another font, and the
/// small gap the word processor leaves between fonts reads as a space in `-layout` output.
///
/// The rule (`Character.isInventedGap`) looks only at the two characters around a single space:
/// one side CJK, the other a Latin letter, digit, `%` or circled number.
///
/// Limits: a space someone really typed between Chinese and a Latin word or number
/// ("使用 Excel 表格") is removed too — the text alone cannot tell the two apart. Runs of two or
/// more spaces are never touched.
enum InventedSpaceRemover {
    static func clean(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (offset, character) in characters.enumerated() {
            if character == " ", isInvented(at: offset, in: characters) { continue }
            result.append(character)
        }
        return result
    }

    private static func isInvented(at offset: Int, in characters: [Character]) -> Bool {
        guard offset > 0, offset + 1 < characters.count else { return false }
        return Character.isInventedGap(between: characters[offset - 1], and: characters[offset + 1])
    }
}
