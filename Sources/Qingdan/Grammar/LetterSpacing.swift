/// A justified line of Chinese is stretched by widening the gaps between its characters, and text
/// exports show a wide enough gap as a space: "1. 加 强 对 涉 恐 、 涉爆", "史 志 编 纂 工". A
/// stretch of single characters each separated by one space (three spaces or more, at most one of
/// the characters Latin) is such a line; its spaces were never typed.
enum LetterSpacing {
    /// Offsets of the spaces inside letter-spaced stretches: single characters each followed by one
    /// space (`c␠c␠c␠c`), three spaces or more, at most one `c` a Latin letter or digit (a
    /// spaced-out Latin word is typed that way). A stretch may begin on the last character of a
    /// word and end on the first of the next ("1. 加 强 对 涉 恐 、 涉爆"): inside a cell those
    /// spaces are stretched like the rest, but on a line whose cells are separated by spaces
    /// ("党的建设 史 志 编 纂 工") they separate cells, so without `edges` they are kept.
    static func stretchedSpaces(in characters: [Character], edges: Bool) -> Set<Int> {
        stretchedSpaces(in: characters, edges: edges, isSpace: { $0 == " " }, isNewline: { $0 == "\n" }, isLatinLike: \.isLatinLike)
    }

    /// The same over scalars, for text whose scalars are its Characters (`SimpleScalars`).
    static func stretchedSpaces(in scalars: [Unicode.Scalar], edges: Bool) -> Set<Int> {
        stretchedSpaces(in: scalars, edges: edges, isSpace: { $0.value == 0x20 }, isNewline: { $0.value == 0x0A }, isLatinLike: \.isLatinLike)
    }

    private static func stretchedSpaces<Letter>(in characters: [Letter], edges: Bool, isSpace: (Letter) -> Bool,
                                                isNewline: (Letter) -> Bool, isLatinLike: (Letter) -> Bool) -> Set<Int> {
        func isLetter(_ offset: Int) -> Bool {
            offset >= 0 && offset < characters.count && !isSpace(characters[offset]) && !isNewline(characters[offset])
        }
        var result: Set<Int> = []
        var start = 0
        while start < characters.count {
            var end = start
            var spaces: [Int] = []
            while isLetter(end), end + 2 < characters.count, isSpace(characters[end + 1]), isLetter(end + 2) {
                spaces.append(end + 1)
                end += 2
            }
            // The stretch's letters are looked at only for a stretch (most positions start none).
            if spaces.count >= 3, stride(from: start, through: end, by: 2).lazy.filter({ isLatinLike(characters[$0]) }).count <= 1 {
                var kept = spaces[...]
                if !edges, isLetter(start - 1) { kept = kept.dropFirst() }
                if !edges, isLetter(end + 1) { kept = kept.dropLast() }
                result.formUnion(kept)
            }
            start = spaces.isEmpty ? start + 1 : end + 1
        }
        return result
    }

    /// `text` without the spaces of its letter-spaced stretches.
    static func removingStretches(_ text: String, edges: Bool) -> String {
        guard text.utf8.contains(0x20) else { return text }
        if SimpleScalars.all(text) {
            let scalars = Array(text.unicodeScalars)
            let stretched = stretchedSpaces(in: scalars, edges: edges)
            guard !stretched.isEmpty else { return text }
            var result = String.UnicodeScalarView()
            for (offset, scalar) in scalars.enumerated() where !stretched.contains(offset) {
                result.append(scalar)
            }
            return String(result)
        }
        let characters = Array(text)
        let stretched = stretchedSpaces(in: characters, edges: edges)
        guard !stretched.isEmpty else { return text }
        var result = ""
        for (offset, character) in characters.enumerated() where !stretched.contains(offset) {
            result.append(character)
        }
        return result
    }
}
