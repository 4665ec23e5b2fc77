/// Printed width in half-width units: CJK characters, full-width punctuation and the symbols
/// Chinese fonts set full width (“ ” ① …) count 2, Latin letters, digits and ASCII marks count 1.
/// Columns wrap at a fixed printed width, so this is the measure that tells a filled line from a
/// short one.
extension Character {
    var displayWidth: Int {
        guard let scalar = unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0..<0x1100: return 1
        case 0x2000...0x200F, 0x2028...0x202F: return 1
        case 0xFF61...0xFFDC, 0xFFE8...0xFFEE: return 1
        default: return 2
        }
    }
}

extension StringProtocol {
    var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}
