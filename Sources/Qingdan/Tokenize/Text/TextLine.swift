/// One physical line of a text export, trimmed, with the page mark it carries.
struct TextLine: Sendable, Equatable {
    /// 1-based line number in the input.
    var number: Int
    /// The line without surrounding whitespace or form feeds.
    var text: String
    /// The export marks a page break here: a form feed, or the single leading space `pdftotext`
    /// puts before the first line of a page.
    var startsPage: Bool

    var isBlank: Bool { text.isEmpty }

    /// Splits text at LF, CRLF and CR. Form feeds are page marks, not line breaks, so line numbers
    /// stay those an editor shows.
    static func lines(of text: String) -> [TextLine] {
        var splitter = Splitter(text)
        var lines: [TextLine] = []
        lines.reserveCapacity(lineCount(of: text))
        while let line = splitter.next() { lines.append(line) }
        markIndentedPages(in: &lines, of: text)
        return lines
    }

    /// The lines a `Splitter` reads from `text`: its line breaks (LF, CR, CRLF as one), and one
    /// more for a last line without one.
    static func lineCount(of text: String) -> Int {
        var count = 0
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A {
                if !afterCR { count += 1 }
            } else if byte == 0x0D {
                count += 1
            }
            afterCR = byte == 0x0D
        }
        return count + 1
    }

    /// A single leading space marks a page only where lines are not indented as a rule: `lines`
    /// (all of `text`, from a `Splitter`) lose that mark where they are.
    static func markIndentedPages(in lines: inout [TextLine], of text: String) {
        markIndentedPages(in: &lines, hasFormFeed: text.utf8.contains(0x0C))
    }

    /// `markIndentedPages(in:of:)` told only whether the text has a form feed.
    static func markIndentedPages(in lines: inout [TextLine], hasFormFeed: Bool) {
        // Counted, not filtered: a filtered copy of the lines was the reader's peak (issue 10).
        var indented = 0, printed = 0
        for line in lines where !line.isBlank {
            printed += 1
            if line.startsPage { indented += 1 }
        }
        if indented * 5 > printed, !hasFormFeed {
            for index in lines.indices { lines[index].startsPage = false }
        }
    }

    /// Reads text one line at a time (page marks by the line's own bytes; `markIndentedPages`
    /// decides over the whole text), so that a caller may stop after the first lines.
    struct Splitter {
        private let text: String
        private var index: String.Index
        private var count = 0

        init(_ text: String) {
            self.text = text
            index = text.utf8.startIndex
        }

        /// The next line; nil at the end of the text (a final line break ends the last line).
        mutating func next() -> TextLine? {
            // Split on the bytes of LF, CR and CRLF: line breaks always stand apart from the
            // characters around them, so no need to walk the text character by character.
            let utf8 = text.utf8
            let start = index
            while index < utf8.endIndex {
                let byte = utf8[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index = utf8.index(after: index)
                    continue
                }
                let line = text[start..<index]
                index = utf8.index(after: index)
                if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
                return finish(line)
            }
            return start < utf8.endIndex ? finish(text[start..<utf8.endIndex]) : nil
        }

        private mutating func finish(_ current: Substring) -> TextLine {
            // A form feed is a character of its own (never part of a grapheme cluster): its byte
            // stands for it. Its bytes read once: form feeds, spaces, and whether the ends need
            // trimming (callgrind: the view's `contains` and the trimming cost 3,000 instructions
            // a line, more than the rest of the splitting).
            let (hasFormFeed, spaces, trimmed) = SimpleScalars.withBytes(of: current) { bytes in
                var formFeed = false, spaces = 0
                for byte in bytes {
                    if byte == 0x0C { formFeed = true } else if byte == 0x20 { spaces += 1 }
                }
                return (formFeed, spaces, Self.endsAreTrimmed(bytes))
            }
            let leadsWithOneSpace: Bool
            if SimpleScalars.all(current) {
                let bytes = current.utf8
                leadsWithOneSpace = bytes.first == 0x20 && bytes.dropFirst().first != 0x20
            } else {
                leadsWithOneSpace = current.hasPrefix(" ") && !current.hasPrefix("  ")
            }
            let startsPage = leadsWithOneSpace || hasFormFeed
            let cleaned = hasFormFeed ? current.filter { $0 != "\u{0C}" } : current
            let text = trimmed && !hasFormFeed ? String(cleaned) : cleaned.trimmingCellWhitespace
            count += 1
            // Letter-spaced justified lines ("史 志 编 纂 工") would read as cells split at spaces;
            // a stretch has `LetterSpacing.stretchSpaces` spaces at least.
            guard spaces >= Self.stretchSpaces else {
                return TextLine(number: count, text: text, startsPage: startsPage)
            }
            return TextLine(number: count, text: LetterSpacing.removingStretches(text, edges: false), startsPage: startsPage)
        }

        /// The fewest spaces a letter-spaced stretch has (`LetterSpacing.stretchedSpaces`: three
        /// spaces or more): a line with fewer is left as it is without looking.
        private static let stretchSpaces = 3

        /// Whether the first and last scalar of `bytes` (valid UTF-8) are ones that begin a
        /// Character and are no white space: printable ASCII, CJK ideographs (U+4000–U+9FFF),
        /// CJK punctuation (U+3001–U+3029) or full-width forms (U+FF01–U+FF5F), the ends of
        /// nearly every line. Then `trimmingCellWhitespace` would return the text as it is.
        static func endsAreTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = bytes.first, let last = bytes.last else { return false }
            func isPlainASCII(_ byte: UInt8) -> Bool { byte >= 0x21 && byte <= 0x7E }
            func isPlainThreeByte(_ start: Int) -> Bool {
                guard start >= 0, start + 2 < bytes.count else { return false }
                let lead = bytes[start], second = bytes[start + 1], third = bytes[start + 2]
                guard second & 0xC0 == 0x80, third & 0xC0 == 0x80 else { return false }
                switch lead {
                case 0xE4...0xE9: return true
                case 0xE3: return second == 0x80 && third >= 0x81 && third <= 0xA9
                case 0xEF: return (second == 0xBC && third >= 0x81) || (second == 0xBD && third <= 0x9F)
                default: return false
                }
            }
            let firstPlain = isPlainASCII(first) || isPlainThreeByte(0)
            let lastPlain = isPlainASCII(last) || (last & 0xC0 == 0x80 && isPlainThreeByte(bytes.count - 3))
            return firstPlain && lastPlain
        }
    }
}
