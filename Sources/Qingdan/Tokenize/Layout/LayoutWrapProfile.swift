/// How a column wraps its text, measured over the whole document: this is what tells a soft wrap
/// (the word processor ran out of room) from a paragraph end (自然段 break).
struct LayoutWrapProfile: Sendable, Equatable {
    /// Widest line, in half-em units: the largest width at least two lines of full-width
    /// characters reach (one line may squeeze in by compressed punctuation).
    var capacity: Int
    /// A list column (对应上级部门: one department per line) rarely wraps, so there a full line
    /// usually ends an entry.
    var isList: Bool
    /// First characters of entries in a list column (after short lines and at cell starts).
    var entryStarts: Set<Character>

    /// Below this share of wrapped lines a column is a list.
    private static let listWrapShare = 0.1

    init(fragments cells: [[String]]) {
        capacity = Self.capacity(of: cells.joined())
        isList = false
        entryStarts = []
        var transitions = 0
        var wraps = 0
        for cell in cells {
            if let first = cell.first?.first { entryStarts.insert(first) }
            for (line, next) in zip(cell, cell.dropFirst()) {
                transitions += 1
                if fits(line, before: next) {
                    if let first = next.first { entryStarts.insert(first) }
                } else {
                    wraps += 1
                }
            }
        }
        isList = transitions > 0 && Double(wraps) < Double(transitions) * Self.listWrapShare
    }

    /// Whether `next`'s first unbreakable piece would still have fitted on `line`: if so, the
    /// word processor did not wrap there, so `line` ended its paragraph.
    func fits(_ line: String, before next: String) -> Bool {
        line.displayWidth + Self.firstUnitWidth(of: next) <= capacity
    }

    private static func capacity(of lines: some Sequence<String>) -> Int {
        var counts: [Int: Int] = [:]
        var widest = 0
        for line in lines {
            let width = line.displayWidth
            widest = max(widest, width)
            if line.unicodeScalars.allSatisfy(\.isEastAsianWide) {
                counts[width, default: 0] += 1
            }
        }
        return counts.filter { $0.value >= 2 }.keys.max() ?? widest
    }

    /// Width of what cannot be separated from the start of a line: a Latin word or number, or one
    /// character, together with the punctuation that may not start a line after it and the
    /// character an opening bracket or quotation mark holds on to (UAX #14).
    static func firstUnitWidth(of text: String) -> Int {
        let characters = Array(text.prefix(32))
        guard let first = characters.first else { return 0 }
        var end = 1
        if first.isASCIILetterOrDigit {
            while end < characters.count, characters[end].isASCIILetterOrDigit || ".%".contains(characters[end]) {
                end += 1
            }
        }
        while end < characters.count {
            let previous = characters[end - 1]
            let current = characters[end]
            guard previous.isNoLineEnd || previous.isQuotation
                    || current.isNoLineStart || current.isQuotation else { break }
            end += 1
        }
        return characters[0..<end].displayWidth
    }
}
