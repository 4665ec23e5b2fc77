/// The multiset of adjacent character pairs of a text, for a linear-time similarity that ignores
/// where in the text a phrase moved to. Texts of one character use that character alone.
struct BigramProfile: Sendable, Equatable {
    private(set) var counts: [String: Int] = [:]
    private(set) var total = 0

    init(_ text: String) {
        let characters = Array(text)
        if characters.count == 1 {
            add(String(characters[0]))
            return
        }
        for i in characters.indices.dropLast() {
            add(String(characters[i]) + String(characters[i + 1]))
        }
    }

    /// Dice coefficient 2·|A∩B| / (|A|+|B|): 1 for equal texts, 0 for texts sharing no pair.
    func dice(_ other: BigramProfile) -> Double {
        if total == 0, other.total == 0 { return 1 }
        let (small, large) = counts.count <= other.counts.count ? (self, other) : (other, self)
        var shared = 0
        for (bigram, n) in small.counts {
            shared += min(n, large.counts[bigram] ?? 0)
        }
        return 2 * Double(shared) / Double(total + other.total)
    }

    var bigrams: Dictionary<String, Int>.Keys { counts.keys }

    private mutating func add(_ bigram: String) {
        counts[bigram, default: 0] += 1
        total += 1
    }
}
