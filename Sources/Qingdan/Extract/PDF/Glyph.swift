/// One character of a page's text layer with the box poppler reports for it.
///
/// Spaces are glyphs too: poppler reports a space wherever two glyphs leave a gap, and its box is
/// that gap — so a space's width tells a typed space from one poppler invented.
struct Glyph: Sendable, Equatable {
    var character: Character
    var box: Box

    var isSpace: Bool { character == " " }

    /// One em wide in any CJK font, so its width measures the font size.
    var isWide: Bool { character.isEastAsianWide }
}
