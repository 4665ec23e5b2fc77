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

extension Glyph {
    /// The glyphs of a text layer given as poppler-glib gives it: the UTF-8 text of
    /// `poppler_page_get_text` and, from `poppler_page_get_text_layout`, one box per *character*
    /// (code point) of it, newlines included — walked together, line breaks left out. `box(i)`
    /// is the box of character `i`, for `i` below `count`.
    static func layer(text: UnsafePointer<CChar>, count: Int, box: (Int) -> Box) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(count)
        var index = 0
        for scalar in String(cString: text).unicodeScalars {
            guard index < count else { break }
            let rectangle = box(index)
            index += 1
            if scalar == "\n" || scalar == "\r" { continue }
            glyphs.append(Glyph(character: Character(scalar), box: rectangle))
        }
        return glyphs
    }
}
