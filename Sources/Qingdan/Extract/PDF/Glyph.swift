/// One character of a page's text layer with the box poppler reports for it.
///
/// Spaces are glyphs too: poppler reports a space wherever two glyphs leave a gap, and its box is
/// that gap — so a space's width tells a typed space from one poppler invented.
struct Glyph: Sendable, Equatable {
    var character: Character
    var box: Box

    var isSpace: Bool { character == " " }

    /// Ideographs, kana, hangul and full-width forms: one em wide in any CJK font, so their width
    /// measures the font size.
    var isWide: Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}
