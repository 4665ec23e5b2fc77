/// Reports cells that mix straight and curly quotation marks ("房地一体” opened straight, closed
/// curly), a sign of text typed in different places.
struct QuoteCheck: Sendable {
    static let pairs: [(straight: Character, curly: Set<Character>)] = [("\"", ["“", "”"]), ("'", ["‘", "’"])]

    func findings(in item: Item) -> [Finding] {
        item.cells.compactMap { cell in
            // A character equal to a straight quote is that one ASCII byte: a cell without one
            // (most) needs no breaking into characters.
            guard Self.holdsStraightQuote(cell.text) else { return nil }
            let characters = Array(cell.text)
            for pair in Self.pairs where characters.contains(where: { pair.curly.contains($0) }) {
                guard let at = characters.firstIndex(of: pair.straight) else { continue }
                let excerpt = String(characters[max(0, at - 8)..<min(characters.count, at + 9)])
                return Finding(.warning, "text.mixed-quotes", item: item.number, column: cell.header,
                               .mixedQuotes(straight: String(pair.straight), excerpt: excerpt))
            }
            return nil
        }
    }

    /// Over the string's own bytes where it has them (the UTF-8 view's `contains` called its
    /// closure byte by byte: most of this check).
    static func holdsStraightQuote(_ text: String) -> Bool {
        // Eight bytes at a time (`ByteScan`): nearly every cell has neither quote.
        SimpleScalars.withBytes(of: text) { bytes in
            ByteScan.any(bytes, word: { ByteScan.contains($0, UInt8(ascii: "\"")) || ByteScan.contains($0, UInt8(ascii: "'")) },
                         byte: isStraightQuote)
        }
    }

    private static func isStraightQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
