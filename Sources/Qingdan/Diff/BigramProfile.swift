/// The multiset of adjacent character pairs of a text, for a linear-time similarity that ignores
/// where in the text a phrase moved to. Texts of one character use that character alone.
struct BigramProfile: Sendable, Equatable {
    /// The distinct pairs, ascending, and how often each occurs: sorted once and compared by a
    /// merge (a dictionary of pairs hashed each pair: a third of comparing two lists of 100 items).
    private(set) var pairs: [UInt64] = []
    private(set) var counts: [Int] = []
    private(set) var total = 0

    init(_ text: String) {
        // By scalar where every scalar is a Character of its own (nearly every duty text):
        // walking Characters cost most of comparing two lists of 100 items.
        let codes = SimpleScalars.all(text) ? text.unicodeScalars.map { UInt64($0.value) } : text.map(BigramProfile.code)
        guard codes.count > 1 else {
            if let only = codes.first { add([only]) }
            return
        }
        var all: [UInt64] = []
        all.reserveCapacity(codes.count - 1)
        for i in codes.indices.dropLast() {
            all.append(codes[i] << 32 | codes[i + 1])
        }
        all.sort()
        add(all)
    }

    /// Dice coefficient 2·|A∩B| / (|A|+|B|): 1 for equal texts, 0 for texts sharing no pair.
    func dice(_ other: BigramProfile) -> Double {
        if total == 0, other.total == 0 { return 1 }
        var shared = 0
        var i = 0, j = 0
        while i < pairs.count, j < other.pairs.count {
            let a = pairs[i], b = other.pairs[j]
            if a == b {
                shared += min(counts[i], other.counts[j])
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(total + other.total)
    }

    /// The distinct pairs, ascending.
    var bigrams: [UInt64] { pairs }

    /// A character as 32 bits: its scalar when it is one (every CJK character), else a hash of it
    /// with the top bit set, where a rare collision only nudges a similarity score.
    private static func code(_ character: Character) -> UInt64 {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return UInt64(scalar.value) }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3 }
        return 0x8000_0000 | (hash & 0x7fff_ffff)
    }

    /// The pairs of `sorted` (ascending) as distinct pairs with their counts.
    private mutating func add(_ sorted: [UInt64]) {
        for pair in sorted {
            if pair == pairs.last {
                counts[counts.count - 1] += 1
            } else {
                pairs.append(pair)
                counts.append(1)
            }
        }
        total += sorted.count
    }
}
