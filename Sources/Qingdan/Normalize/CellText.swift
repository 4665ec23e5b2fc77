/// Small text helpers for cell contents (no Foundation needed).
enum CellText {
    /// `text` without leading and trailing whitespace (`trimmingCellWhitespace`).
    static func trimmed(_ text: some StringProtocol) -> String {
        text.trimmingCellWhitespace
    }

    /// Whether `text` is all whitespace Characters (or empty): decided by scalars while each is
    /// a Character of its own, which for a cell with text is its first.
    static func isBlank(_ text: some StringProtocol) -> Bool {
        var previousIsOwn = true
        for scalar in text.unicodeScalars {
            let isOwn = SimpleScalars.isOwnGrapheme(scalar.value)
            // A whitespace scalar begins a whitespace Character whatever may join it.
            if scalar.isWhiteSpace { previousIsOwn = isOwn; continue }
            // Another scalar that nothing joins to the one before begins a Character that is no space.
            if isOwn, previousIsOwn { return false }
            return text.allSatisfy(\.isWhitespace)
        }
        return true
    }

    /// The lines of `text` as `split(separator: "\n")` gives them (empty ones left out), found by
    /// byte: LF is a Character of its own except after CR (CR LF is one Character, no "\n").
    static func lines<S: StringProtocol>(of text: S) -> [S.SubSequence] {
        // Over the string's own bytes, cut by byte offsets (indexing the UTF-8 view byte by
        // byte cost most of the header-in-row check); the slower walk for other strings.
        let utf8 = text.utf8
        let fast: [S.SubSequence]? = utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [S.SubSequence] = []
            var start = 0
            var previous: UInt8 = 0
            func slice(_ from: Int, _ to: Int) -> S.SubSequence {
                text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
            }
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                    if start != offset { lines.append(slice(start, offset)) }
                    start = offset + 1
                }
                previous = byte
            }
            if start != bytes.count { lines.append(slice(start, bytes.count)) }
            return lines
        }
        if let fast { return fast }
        var lines: [S.SubSequence] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                if start != index { lines.append(text[start..<index]) }
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        if start != bytes.endIndex { lines.append(text[start..<bytes.endIndex]) }
        return lines
    }
}
