import Foundation

/// One printed line of text inside a cell: glyphs sharing a baseline, left to right.
///
/// Its measures and text are worked out once, when the line is made: a page's cells keep only
/// those (`withoutGlyphs`), so that a long document's table does not hold every glyph to the end.
struct GlyphLine: Sendable {
    /// The glyphs left to right; empty in a line kept `withoutGlyphs`.
    private(set) var glyphs: [Glyph]
    /// The width of a CJK character where lines are not stretched (see `PDFPageLayout.naturalEm`);
    /// nil when unknown. On a justified line poppler's boxes include the extra spacing.
    let naturalEm: Double?

    /// Left edge of the first visible glyph.
    let left: Double
    /// Right edge of the last visible glyph.
    let right: Double
    let top: Double
    let bottom: Double
    /// The font size: the width of a wide (CJK) glyph, which is one em in any CJK font; the box
    /// height when the line has none.
    let em: Double
    /// The text as typed: spaces the word processor typed are kept, the gap it leaves between CJK
    /// and Latin letters, digits or ① (which poppler reports as a space too) is dropped, and so is
    /// the extra spacing of justified CJK lines.
    let text: String
    /// The width of the line's first piece that a line break cannot split: a Latin word or one CJK
    /// character with the punctuation and quotation marks glued to it.
    let leadingUnitWidth: Double
    /// The width of the Latin word (letters and digits) the line ends with; 0 when it ends otherwise.
    let trailingWordWidth: Double

    init(glyphs: [Glyph], naturalEm: Double? = nil) {
        self.glyphs = glyphs
        self.naturalEm = naturalEm
        left = glyphs.first { !$0.isSpace }?.box.x0 ?? 0
        right = glyphs.last { !$0.isSpace }?.box.x1 ?? 0
        top = glyphs.map(\.box.y0).min() ?? 0
        bottom = glyphs.map(\.box.y1).max() ?? 0
        if let wide = glyphs.first(where: \.isWide) {
            em = wide.box.width
        } else {
            em = (glyphs.map(\.box.height).max() ?? 0) / 1.3
        }
        text = Self.text(of: glyphs, naturalEm: naturalEm)
        leadingUnitWidth = Self.leadingUnitWidth(of: glyphs)
        trailingWordWidth = Self.trailingWordWidth(of: glyphs)
    }

    /// The line with its measures and text but without its glyphs.
    var withoutGlyphs: GlyphLine {
        var line = self
        line.glyphs = []
        return line
    }

    private static func text(of glyphs: [Glyph], naturalEm: Double?) -> String {
        // UTF-8 bytes, not `Character` appends (which check grapheme boundaries at each one).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(glyphs.count * 3)
        let stretch = Self.stretch(of: glyphs, naturalEm: naturalEm)
        for (index, glyph) in glyphs.enumerated() {
            if glyph.isSpace {
                if index == 0 || index == glyphs.count - 1 { continue }
                if isSpacing(glyph, between: glyphs[index - 1], and: glyphs[index + 1], stretch: stretch,
                             naturalEm: naturalEm) { continue }
            }
            bytes.append(contentsOf: glyph.character.utf8)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Trimming looks at the ends only; most lines have none to trim.
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last) else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A typed space is about a quarter em wide or more (a third to a half in most CJK fonts); the
    /// automatic spacing between CJK and Latin characters is narrower (LibreOffice: a fifth em),
    /// once the extra spacing of a justified line is taken off — which is only estimated, so the
    /// line is drawn a little below a quarter. (Noto CJK's space, 0.224 em, is lost there.) No
    /// automatic spacing goes between two CJK characters, so there a fifth em is typed (the extra
    /// spacing of a justified line, when not taken off, stays below that).
    /// Between two Latin letters any gap is a word space.
    private static func isSpacing(
        _ space: Glyph, between before: Glyph, and after: Glyph, stretch: Double, naturalEm: Double?
    ) -> Bool {
        guard before.isWide || after.isWide, !before.isSpace, !after.isSpace else { return false }
        let em = naturalEm ?? (before.isWide ? before.box.width : after.box.width)
        // The gap holds the extra spacing of the character before it and its own.
        return space.box.width - 2 * stretch < (before.isWide && after.isWide ? 0.2 : 0.24) * em
    }

    /// The extra space a justified line puts after each character: the median advance from a CJK
    /// glyph to the next visible one, less the natural em (0 on a line set flush left). Poppler
    /// adds it to a glyph's box or reports it as a space, so advances are measured, not widths.
    private static func stretch(of glyphs: [Glyph], naturalEm: Double?) -> Double {
        guard let naturalEm else { return 0 }
        let visible = glyphs.filter { !$0.isSpace }
        var extras: [Double] = []
        for (glyph, next) in zip(visible, visible.dropFirst()) where glyph.isWide {
            extras.append(next.box.x0 - glyph.box.x0 - naturalEm)
        }
        guard !extras.isEmpty else { return 0 }
        // The lower median: on a short line a typed space must not pass for the stretch.
        return max(0, extras.sorted()[(extras.count - 1) / 2])
    }

    /// Groups `glyphs` into lines by their vertical centre, top to bottom: a glyph joins the line
    /// when its centre lies within half an em of the line's. Boxes are no measure of that: some
    /// producers (Skia, bold fallback fonts) report boxes taller than the line pitch, so that the
    /// boxes of neighbouring lines overlap; lines are set at least one em apart.
    static func lines(of glyphs: [Glyph], naturalEm: Double? = nil) -> [GlyphLine] {
        var lines: [[Glyph]] = []
        var centre = 0.0
        var em = 0.0
        for glyph in glyphs.sorted(by: { ($0.box.midY, $0.box.x0) < ($1.box.midY, $1.box.x0) }) {
            let glyphEm = glyph.isWide ? glyph.box.width : min(glyph.box.height / 1.3, naturalEm ?? .infinity)
            if !lines.isEmpty, abs(glyph.box.midY - centre) < 0.5 * min(em, glyphEm) {
                lines[lines.count - 1].append(glyph)
            } else {
                lines.append([glyph])
                centre = glyph.box.midY
                em = glyphEm
            }
        }
        return lines.compactMap { line in
            let sorted = line.sorted { $0.box.x0 < $1.box.x0 }
            return sorted.contains { !$0.isSpace } ? GlyphLine(glyphs: sorted, naturalEm: naturalEm) : nil
        }
    }
}

extension GlyphLine {
    private static func leadingUnitWidth(of glyphs: [Glyph]) -> Double {
        guard let start = glyphs.firstIndex(where: { !$0.isSpace }) else { return 0 }
        var index = start
        if glyphs[index].character.isASCIILetterOrDigit {
            while index + 1 < glyphs.count, glyphs[index + 1].character.isASCIILetterOrDigit { index += 1 }
        }
        while index + 1 < glyphs.count {
            let current = glyphs[index].character
            // Closing punctuation stays with what precedes it even across spaces (UAX #14, LB13).
            let nextVisible = glyphs[(index + 1)...].firstIndex { !$0.isSpace } ?? index + 1
            // Quotation marks glue on both sides (LB19), but only to the glyph next to them.
            let next = glyphs[nextVisible].character
            if next.isNoLineStart, !next.isQuotation {
                index = nextVisible
            } else if current.isNoLineStart, !current.isASCII, next.isASCIILetterOrDigit, nextVisible == index + 1 {
                // LibreOffice does not break between a CJK closing mark and the number after it:
                // 处。3.2025年起… went to the next line whole with three ems free on the line above.
                index = nextVisible
                while index + 1 < glyphs.count, glyphs[index + 1].character.isASCIILetterOrDigit || glyphs[index + 1].character == "." {
                    index += 1
                }
                break
            } else if glyphs[index + 1].character.isQuotation || current.isQuotation || current.isNoLineEnd {
                index += 1
            } else {
                break
            }
        }
        return glyphs[index].box.x1 - glyphs[start].box.x0
    }

    private static func trailingWordWidth(of glyphs: [Glyph]) -> Double {
        guard let end = glyphs.lastIndex(where: { !$0.isSpace }), glyphs[end].character.isASCIILetterOrDigit else {
            return 0
        }
        var index = end
        while index > 0, glyphs[index - 1].character.isASCIILetterOrDigit { index -= 1 }
        return glyphs[end].box.x1 - glyphs[index].box.x0
    }
}
