/// What every reader needs to know about a printed character: how wide Chinese fonts set it, which
/// script it belongs to, and how it behaves at a line break (the parts of Unicode line breaking,
/// UAX #14, that Chinese word processors follow). One definition, so that all input forms agree.
extension Unicode.Scalar {
    /// East Asian Wide or Fullwidth (UAX #11), by the blocks that occur in Chinese text: one em
    /// wide in any CJK font.
    var isEastAsianWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// East Asian Ambiguous characters that Chinese fonts print full width (quotes “”, ①, ……).
    var isAmbiguousWideInChinese: Bool {
        switch value {
        case 0x00A7, 0x00B0, 0x00B7, 0x00D7, 0x00F7, 0x2014...0x2016, 0x2018, 0x2019, 0x201C, 0x201D,
             0x2025, 0x2026, 0x2030, 0x203B, 0x2103, 0x2116, 0x2160...0x217F, 0x2190...0x21FF,
             0x2460...0x24FF, 0x2500...0x257F, 0x25A0...0x25FF, 0x2605, 0x2606:
            return true
        default:
            return false
        }
    }
}

extension Character {
    /// Printed width in half-em units: 2 for East Asian Wide/Fullwidth characters and the
    /// Ambiguous ones Chinese fonts set full width, 1 otherwise. Columns wrap at a fixed printed
    /// width, so this is the measure that tells a filled line from a short one.
    var displayWidth: Int {
        guard let scalar = unicodeScalars.first else { return 1 }
        return scalar.isEastAsianWide || scalar.isAmbiguousWideInChinese ? 2 : 1
    }

    /// Ideographs, kana, hangul and full-width forms (UAX #11 Wide/Fullwidth).
    var isEastAsianWide: Bool {
        unicodeScalars.first?.isEastAsianWide ?? false
    }

    /// A circled number ① … ⑳: a clause marker that also counts items inside a paragraph.
    var isCircledNumber: Bool {
        ("\u{2460}"..."\u{2473}").contains(self)
    }

    /// An ASCII letter or digit: part of a Latin word or number.
    var isASCIILetterOrDigit: Bool {
        isASCII && (isLetter || isNumber)
    }

    /// ASCII letters and digits, `%`, full-width letters and digits, and circled/parenthesized
    /// numbers (①, ⑴, ⒈): glyphs set in another font than the Chinese text, so extractors see a gap
    /// around them.
    var isLatinLike: Bool {
        if isASCII { return isLetter || isNumber || self == "%" }
        guard let scalar = unicodeScalars.first else { return false }
        return (0x2460...0x24FF).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
            || (0xFF21...0xFF3A).contains(scalar.value) || (0xFF41...0xFF5A).contains(scalar.value)
    }

    /// A Han character, kana, hangul or full-width punctuation: the script side of a gap that
    /// extractors invent next to Latin text.
    var isCJK: Bool {
        isEastAsianWide && !isLatinLike
    }

    /// Whether a space between `before` and `after` is one an extractor invents where the font
    /// changes ("① 低保", "3 层", "A 级"), not one typed in the document: one side CJK, the other
    /// Latin-like. Spaces between two CJK characters ("监督管理 ，") or next to Latin punctuation
    /// ("行为, 及时") are typed.
    static func isInventedGap(between before: Character, and after: Character) -> Bool {
        (before.isCJK && after.isLatinLike) || (before.isLatinLike && after.isCJK)
    }

    /// May not start a line: closing punctuation (UAX #14 classes CL/CP/IS/NS/EX), closing quotes.
    var isNoLineStart: Bool {
        LineBreakClass.noLineStart.contains(singleScalarValue)
    }

    /// May not end a line: opening punctuation (class OP), opening quotes.
    var isNoLineEnd: Bool {
        LineBreakClass.noLineEnd.contains(singleScalarValue)
    }

    /// Quotation marks: UAX #14 (class QU) breaks neither before nor after them.
    var isQuotation: Bool {
        LineBreakClass.quotations.contains(singleScalarValue)
    }

    /// Punctuation that ends a sentence or introduces a list.
    var isTerminal: Bool {
        LineBreakClass.terminals.contains(singleScalarValue)
    }

    /// The value of a one-scalar character; one no set holds for a character of several scalars.
    private var singleScalarValue: UInt32 {
        guard let first = unicodeScalars.first, unicodeScalars.count == 1 else { return UInt32.max }
        return first.value
    }
}

extension Unicode.Scalar {
    /// `Character.isNoLineStart` of the Character this scalar is alone.
    var isNoLineStart: Bool { LineBreakClass.noLineStart.contains(value) }

    /// `Character.isNoLineEnd` of the Character this scalar is alone.
    var isNoLineEnd: Bool { LineBreakClass.noLineEnd.contains(value) }

    /// `Character.isQuotation` of the Character this scalar is alone.
    var isQuotation: Bool { LineBreakClass.quotations.contains(value) }

    /// `Character.isTerminal` of the Character this scalar is alone.
    var isTerminal: Bool { LineBreakClass.terminals.contains(value) }
}

/// The line-break classes as sets of scalar values: comparing Characters costs a Unicode
/// normalization each, and these tests run for every line of every cell (callgrind showed them
/// as the layout reader's largest cost).
private enum LineBreakClass {
    static let noLineStart = values(of: "、，。．；：！？）」』】》〉〕］｝,.;:!?)]}%％’”…·")
    static let noLineEnd = values(of: "（「『【《〈〔［｛([{‘“")
    static let quotations = values(of: "“”‘’\"'")
    static let terminals = values(of: "。；！？：;:!?")

    private static func values(of characters: String) -> Set<UInt32> {
        Set(characters.unicodeScalars.map(\.value))
    }
}

extension Sequence<Character> {
    /// The printed width of the text in half-em units (see `Character.displayWidth`).
    var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}

extension StringProtocol {
    /// `displayWidth` scalar by scalar while every scalar is its own Character (nearly always);
    /// any other text is measured Character by Character.
    var displayWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            guard SimpleScalars.isOwnGrapheme(scalar.value) else { return reduce(0) { $0 + $1.displayWidth } }
            width += scalar.displayWidth
        }
        return width
    }
}

extension Unicode.Scalar {
    /// `Character.displayWidth` of the Character this scalar begins.
    var displayWidth: Int {
        isEastAsianWide || isAmbiguousWideInChinese ? 2 : 1
    }

    /// `Character.isLatinLike` of the Character this scalar is alone.
    var isLatinLike: Bool {
        if isASCII {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x25
        }
        return (0x2460...0x24FF).contains(value) || (0xFF10...0xFF19).contains(value)
            || (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value)
    }

    /// `Character.isCJK` of the Character this scalar is alone.
    var isCJK: Bool {
        isEastAsianWide && !isLatinLike
    }
}
