/// One character of a page's text layer with the box poppler reports for it.
///
/// Spaces are glyphs too: poppler reports a space wherever two glyphs leave a gap, and its box is
/// that gap — so a space's width tells a typed space from one poppler invented.
struct Glyph: Sendable, Equatable {
    let character: Character
    var box: Box
    /// Kept with the glyph: comparing `Character`s is slow, and rule and line finding ask these of
    /// every glyph many times.
    let isSpace: Bool
    /// One em wide in any CJK font, so its width measures the font size.
    let isWide: Bool

    init(character: Character, box: Box) {
        self.character = character
        self.box = box
        isSpace = character == " "
        isWide = character.isEastAsianWide
    }
}
