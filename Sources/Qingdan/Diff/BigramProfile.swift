/// The multiset of adjacent character pairs of a text, for a linear-time similarity that ignores
/// where in the text a phrase moved to. Texts of one character use that character alone.
struct BigramProfile: Sendable, Equatable {
    private(set) var counts: [UInt64: Int] = [:]
    private(set) var total = 0

    init(_ text: String) {
        // By scalar where every scalar is a Character of its own (nearly every duty text):
        // walking Characters cost most of comparing two lists of 100 items.
        let codes = SimpleScalars.all(text) ? text.unicodeScalars.map { UInt64($0.value) } : text.map(BigramProfile.code)
        if codes.count == 1 {
            add(codes[0])
            return
        }
        for i in codes.indices.dropLast() {
            add(codes[i] << 32 | codes[i + 1])
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

    var bigrams: Dictionary<UInt64, Int>.Keys { counts.keys }

    /// A character as 32 bits: its scalar when it is one (every CJK character), else a hash of it
    /// with the top bit set, where a rare collision only nudges a similarity score.
    private static func code(_ character: Character) -> UInt64 {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return UInt64(scalar.value) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        return 0x8000_0000 | (hash & 0x7fff_ffff)
    }

    private mutating func add(_ bigram: UInt64) {
        counts[bigram, default: 0] += 1
        total += 1
    }
}
