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
        self.init(fragments: cells, measures: cells.map(LayoutLineMeasure.cell))
    }

    /// The profile of `cells`, each line measured in `measures` (same shape).
    init(fragments cells: [[String]], measures: [[LayoutLineMeasure]]) {
        capacity = Self.capacity(of: measures.joined())
        isList = false
        entryStarts = []
        var transitions = 0
        var wraps = 0
        for (cell, measured) in zip(cells, measures) {
            if let first = cell.first?.first { entryStarts.insert(first) }
            for index in cell.indices.dropFirst() {
                transitions += 1
                if fits(measured[index - 1], before: measured[index]) {
                    if let first = cell[index].first { entryStarts.insert(first) }
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
        fits(LayoutLineMeasure(line), before: LayoutLineMeasure(next))
    }

    /// `fits` of two measured lines.
    func fits(_ line: LayoutLineMeasure, before next: LayoutLineMeasure) -> Bool {
        line.width + next.firstUnitWidth + line.latinExcess <= capacity
    }

    /// Heuristic `latinPrintsWide`: Latin letters and digits of a CJK font print wider than
    /// half a full-width character (about 0.55 em), so a line holding some is wider than its
    /// half-em count says; in a narrow 备注 cell `2025年收回` wraps after `2025` though `2025年`
    /// counts as three characters, as wide as the `年收回` below it:
    ///
    ///     《中华人民共和国 2025
    ///     农村集体经济组织 年收回
    ///
    /// Half-ems to add to a line's width: one per `latinPerExcess` Latin letters or digits
    /// begun (none without any).
    static func latinExcess(of line: String) -> Int {
        // By bytes, in place: ASCII letters and digits are single bytes, never part of another scalar.
        let latin = SimpleScalars.withBytes(of: line) { bytes in
            var latin = 0
            for byte in bytes {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: latin += 1
                default: break
                }
            }
            return latin
        }
        return (latin + latinPerExcess - 1) / latinPerExcess
    }

    /// Latin letters or digits that print half an em more than they count (ten at 0.55 em).
    private static let latinPerExcess = 10

    private static func capacity(of lines: some Sequence<LayoutLineMeasure>) -> Int {
        var counts: [Int: Int] = [:]
        var widest = 0
        for line in lines {
            widest = max(widest, line.width)
            if line.isAllWide {
                counts[line.width, default: 0] += 1
            }
        }
        return counts.filter { $0.value >= 2 }.keys.max() ?? widest
    }

    /// Width of what cannot be separated from the start of a line: a Latin word or number, or one
    /// character, together with the punctuation that may not start a line after it and the
    /// character an opening bracket or quotation mark holds on to (UAX #14).
    static func firstUnitWidth(of text: String) -> Int {
        firstUnitScalarWidth(of: text) ?? firstUnitWidthByCharacters(of: text)
    }

    /// `firstUnitWidth` Character by Character: the definition, for any text.
    static func firstUnitWidthByCharacters(of text: String) -> Int {
        let characters = Array(text.prefix(unitReach))
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

    /// Characters `firstUnitWidth` looks at.
    private static let unitReach = 32

    /// `firstUnitWidth` over scalars, when the first `unitReach` scalars and the one after them
    /// are their own Characters (then they are the first `unitReach` Characters); nil otherwise.
    /// Every line of every layout cell is measured so, twice: by Characters it was the layout
    /// reader's largest cost.
    private static func firstUnitScalarWidth(of text: String) -> Int? {
        // One walk, no array of the scalars: the unit is read as they come, and the rest of
        // the first `unitReach` (and the one after) are only checked to be Characters.
        func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            default: return false
            }
        }
        var seen = 0
        var width = 0
        var previous: Unicode.Scalar?
        var inUnit = true
        var inLatinWord = false
        var scalars = LeadingScalars(text)
        while let scalar = scalars.next() {
            guard SimpleScalars.isOwnGrapheme(scalar.value) else { return nil }
            guard seen < unitReach else { break }
            seen += 1
            guard inUnit else { continue }
            if let before = previous {
                if inLatinWord, isLetterOrDigit(scalar) || scalar == "." || scalar == "%" {
                    width += scalar.displayWidth
                } else {
                    inLatinWord = false
                    if before.isNoLineEnd || before.isQuotation || scalar.isNoLineStart || scalar.isQuotation {
                        width += scalar.displayWidth
                    } else {
                        inUnit = false
                    }
                }
            } else {
                width += scalar.displayWidth
                inLatinWord = isLetterOrDigit(scalar)
            }
            previous = scalar
        }
        return width
    }
}

/// The scalars of a string decoded from its UTF-8 bytes (the scalar view's iterator cost some 30
/// instructions a scalar; `firstUnitWidth` reads at most `unitReach` + 1 of every cell line).
private struct LeadingScalars {
    private let text: String
    private var offset = 0

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    mutating func next() -> Unicode.Scalar? {
        let decoded: (value: UInt32, length: Int)? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard offset < bytes.count else { return nil }
            let lead = bytes[offset]
            if lead < 0x80 { return (UInt32(lead), 1) }
            if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
            if lead < 0xF0 {
                return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
            }
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                    | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F), 4)
        } ?? nil
        guard let decoded else { return nil }
        offset += decoded.length
        return Unicode.Scalar(decoded.value)
    }
}
