/// What the layout rules need to know about a printed character: how wide it is in a Chinese
/// font and how it behaves at a line break (the parts of Unicode line breaking, UAX #14, that
/// Chinese word processors follow).
enum GlyphClass {
    /// Display width in half-em units: 2 for East Asian Wide/Fullwidth characters and for the
    /// Ambiguous ones that Chinese fonts draw full width (quotes “”, ①, ……), 1 otherwise.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 1 }
        return isWide(scalar) || isAmbiguousWide(scalar) ? 2 : 1
    }

    static func width(of text: some Sequence<Character>) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// East Asian Wide or Fullwidth (UAX #11), by the blocks that occur in Chinese text.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// East Asian Ambiguous characters that Chinese fonts print full width.
    private static func isAmbiguousWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A7, 0x00B0, 0x00B7, 0x00D7, 0x00F7, 0x2014...0x2016, 0x2018, 0x2019, 0x201C, 0x201D,
             0x2025, 0x2026, 0x2030, 0x203B, 0x2103, 0x2116, 0x2160...0x217F, 0x2190...0x21FF,
             0x2460...0x24FF, 0x2500...0x257F, 0x25A0...0x25FF, 0x2605, 0x2606:
            return true
        default:
            return false
        }
    }

    /// A Han character, kana, hangul or full-width punctuation: the script side of a gap that
    /// pdftotext invents next to Latin text.
    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isWide(scalar) && !isLatinLike(character)
    }

    /// ASCII letters and digits, `%`, and circled/parenthesized numbers (①, ⑴, ⒈): glyphs set in
    /// another font than the Chinese text, so extractors see a gap around them.
    static func isLatinLike(_ character: Character) -> Bool {
        if character.isASCII { return character.isLetter || character.isNumber || character == "%" }
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x2460...0x24FF).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
            || (0xFF21...0xFF3A).contains(scalar.value) || (0xFF41...0xFF5A).contains(scalar.value)
    }

    /// Characters a line may not start with (closing punctuation, UAX #14 classes CL/CP/IS/NS/EX).
    static func isNoLineStart(_ character: Character) -> Bool {
        "、，。；：！？）」』】》〉〕］｝,.;:!?)]}%’”…·".contains(character)
    }

    /// Characters a line may not end with (opening punctuation, class OP).
    static func isNoLineEnd(_ character: Character) -> Bool {
        "（「『【《〈〔［｛([{‘“".contains(character)
    }

    /// Quotation marks: UAX #14 (class QU) breaks neither before nor after them.
    static func isQuotation(_ character: Character) -> Bool {
        "“”‘’\"'".contains(character)
    }

    /// Punctuation that ends a sentence or introduces a list.
    static func isTerminal(_ character: Character) -> Bool {
        "。；！？：;:!?".contains(character)
    }
}
