/// A cursor over the characters of one paragraph, in the manner of Ink's `Reader`: tiny mutating
/// reads that the clause grammar is written in.
struct DutyTextReader: Sendable {
    private let characters: [Character]
    private(set) var index: Int

    init(_ text: some StringProtocol) {
        characters = Array(text)
        index = 0
    }

    var didReachEnd: Bool { index >= characters.count }
    var current: Character? { didReachEnd ? nil : characters[index] }

    func peek(_ offset: Int) -> Character? {
        let i = index + offset
        return i >= 0 && i < characters.count ? characters[i] : nil
    }

    mutating func advance() {
        if !didReachEnd { index += 1 }
    }

    /// Reads `character` if it is next.
    mutating func read(_ character: Character) -> Bool {
        guard current == character else { return false }
        advance()
        return true
    }

    /// Reads the next character if it is one of `set`.
    mutating func read(oneOf set: Set<Character>) -> Character? {
        guard let c = current, set.contains(c) else { return nil }
        advance()
        return c
    }

    /// Reads characters while `predicate` holds.
    mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = index
        while let c = current, predicate(c) { advance() }
        return String(characters[start..<index])
    }

    /// Reads up to (not including) the first position where `stop` holds, or to the end.
    mutating func read(until stop: (DutyTextReader) -> Bool) -> String {
        let start = index
        while !didReachEnd, !stop(self) { advance() }
        return String(characters[start..<index])
    }

    /// Rewinds to a position read earlier (for grammar rules that fail part-way).
    mutating func rewind(to position: Int) {
        index = max(0, min(position, characters.count))
    }

    func text(from start: Int) -> String {
        String(characters[max(0, start)..<index])
    }

    /// Whether the text at the cursor starts with `s`.
    func hasPrefix(_ s: String) -> Bool {
        for (offset, c) in s.enumerated() where peek(offset) != c { return false }
        return true
    }
}
