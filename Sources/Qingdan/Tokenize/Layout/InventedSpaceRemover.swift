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
        guard text.utf8.contains(0x20) else { return text }
        if SimpleScalars.all(text) { return cleanScalars(text) }
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

    /// `clean` scalar by scalar, for text whose scalars are its Characters. The text is rebuilt
    /// only when a space goes, from its bytes: every cell with a space was rebuilt scalar by
    /// scalar before, most of them to the same text.
    private static func cleanScalars(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let stretched = LetterSpacing.stretchedSpaces(in: scalars, edges: true)
        var removed: [Int] = []
        for (offset, scalar) in scalars.enumerated()
        where scalar.value == 0x20 && (stretched.contains(offset) || isInvented(at: offset, in: scalars)) {
            removed.append(offset)
        }
        guard !removed.isEmpty else { return text }
        // A space is one byte: the scalars before it tell its byte offset.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count - removed.count)
        var scalar = 0
        var next = removed.makeIterator()
        var skip = next.next()
        for byte in text.utf8 {
            guard byte & 0xC0 != 0x80 else { bytes.append(byte); continue }
            defer { scalar += 1 }
            if scalar == skip {
                skip = next.next()
                continue
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isInvented(at offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard offset > 0, offset + 1 < scalars.count else { return false }
        let before = scalars[offset - 1], after = scalars[offset + 1]
        if (before.isCJK && after.isLatinLike) || (before.isLatinLike && after.isCJK) { return true }
        return (before.isCJK && curlyQuoteScalars.contains(after.value)) || (curlyQuoteScalars.contains(before.value) && after.isCJK)
    }

    private static let curlyQuoteScalars: Set<UInt32> = [0x201C, 0x201D, 0x2018, 0x2019]

    private static let curlyQuotes: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
}
