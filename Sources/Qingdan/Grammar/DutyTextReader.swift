/// A cursor over the characters of one paragraph, in the manner of Ink's `Reader`: tiny mutating
/// reads that the clause grammar is written in.
///
/// The grammar reads each Character as one scalar, its `unit`. Where every scalar of the text is
/// a Character of its own (`SimpleScalars`: nearly every paragraph of a list) the units are the
/// scalars, read without grapheme breaking or Character comparison (callgrind: most of the
/// normalizer's instructions). Other text is broken into Characters, and each is read as the
/// scalar it equals: a CJK compatibility ideograph as the numeral it stands for (U+F9D1 is 六),
/// a Character of several scalars as none of the grammar's.
struct DutyTextReader: Sendable {
    /// One scalar per Character: the text's scalars, or each Character's unit (`unit(of:)`).
    private let units: [Unicode.Scalar]
    /// The text's Characters when its scalars are not all Characters of their own; nil when the
    /// units are the text itself.
    private let characters: [Character]?
    private(set) var index: Int

    init(_ text: some StringProtocol) {
        if SimpleScalars.all(text) {
            units = Array(text.unicodeScalars)
            characters = nil
        } else {
            let characters = Array(text)
            units = characters.map(Self.unit(of:))
            self.characters = characters
        }
        index = 0
    }

    var didReachEnd: Bool { index >= units.count }
    var current: Character? { character(at: index) }
    /// The unit of the current Character.
    var currentUnit: Unicode.Scalar? { didReachEnd ? nil : units[index] }

    func peek(_ offset: Int) -> Character? {
        character(at: index + offset)
    }

    private func character(at position: Int) -> Character? {
        guard position >= 0, position < units.count else { return nil }
        return characters?[position] ?? Character(units[position])
    }

    mutating func advance() {
        if !didReachEnd { index += 1 }
    }

    /// Reads up to (not including) the first position where `stop` holds, or to the end.
    mutating func read(until stop: (DutyTextReader) -> Bool) -> String {
        let start = index
        while !didReachEnd, !stop(self) { advance() }
        return text(from: start)
    }

    /// Rewinds to a position read earlier (for grammar rules that fail part-way).
    mutating func rewind(to position: Int) {
        index = max(0, min(position, units.count))
    }

    /// The text read since `start`, exactly as printed.
    func text(from start: Int) -> String {
        let range = max(0, min(start, index))..<index
        if let characters { return String(characters[range]) }
        return Self.string(of: units[range])
    }

    /// The scalars as a `String`, encoded to UTF-8 in place: a scalar view appended to scalar by
    /// scalar cost some 3,700 instructions a clause marker (callgrind).
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether the text at the cursor starts with `s`.
    func hasPrefix(_ s: String) -> Bool {
        if characters == nil, SimpleScalars.all(s) {
            // Both sides are their own scalars' Characters: compare scalars.
            var position = index
            for scalar in s.unicodeScalars {
                guard position < units.count, units[position] == scalar else { return false }
                position += 1
            }
            return true
        }
        for (offset, c) in s.enumerated() where peek(offset) != c { return false }
        return true
    }

    /// The scalar the grammar reads a Character of non-simple text as: its own scalar when it is
    /// one; the grammar's character it equals when it is a scalar that another one's Character
    /// equals (a compatibility ideograph); `noUnit` for a Character of several scalars, which
    /// equals none of the grammar's single-scalar characters.
    static func unit(of c: Character) -> Unicode.Scalar {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return noUnit }
        if SimpleScalars.isOwnGrapheme(first.value) { return first }
        return ClauseLabel.grammarCharacters.first { $0.character == c }?.scalar ?? first
    }

    /// The unit of a Character the grammar has no rule for: a noncharacter, never printed as a mark.
    static let noUnit: Unicode.Scalar = "\u{FFFF}"
}
