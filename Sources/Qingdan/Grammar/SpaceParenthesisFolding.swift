/// The one folding that headers and department names are compared in
/// (`foldingSpacesAndParentheses`), over UTF-8 bytes: whitespace left out, half-width ( ) read as
/// full-width （ ）, every other scalar kept — so that 乡镇 (街道) equals 乡镇（街道）. Scalar by
/// scalar where each is a Character of its own (`SimpleScalars`): there leaving out a whitespace
/// scalar is leaving out a whitespace Character, and no grapheme breaking is needed. The folding of
/// a whole text and the header-in-row check's line-by-line comparison both take their steps here.
enum SpaceParenthesisFolding {
    /// What the folding makes of one scalar.
    enum Step: Equatable {
        /// Whitespace: left out.
        case drop
        /// Kept as printed.
        case keep
        /// ( or ): the full-width bracket, `EF BC` and this last byte (88 （, 89 ）).
        case widen(UInt8)
        /// A scalar that may join a neighbour into one Character: the text is folded by Characters.
        case needsGraphemes
    }

    /// The bytes a widened bracket begins with: （ is EF BC 88, ） is EF BC 89.
    static let fullWidthLead: (UInt8, UInt8) = (0xEF, 0xBC)

    /// The step for the scalar whose first byte is at `offset` of valid UTF-8, and its length.
    @inline(__always)
    static func step(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (step: Step, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 {
            switch lead {
            case 0x09...0x0D, 0x20: return (.drop, 1)
            case 0x28: return (.widen(0x88), 1)
            case 0x29: return (.widen(0x89), 1)
            default: return (.keep, 1)
            }
        }
        // E5-E9 lead U+5000-U+9FFF: CJK ideographs, kept, no need to decode them.
        if lead >= 0xE5, lead <= 0xE9 { return (.keep, 3) }
        let length = UTF8MarkerCursor.length(lead: lead)
        let value = UTF8MarkerCursor.scalarValue(in: bytes, at: offset)
        guard SimpleScalars.isOwnGrapheme(value) else { return (.needsGraphemes, length) }
        if let scalar = Unicode.Scalar(value), scalar.isWhiteSpace { return (.drop, length) }
        return (.keep, length)
    }

    /// How folding a whole text ended.
    enum Outcome {
        case folded
        /// The folded bytes exceeded the limit.
        case longer
        /// A scalar that may join its neighbour: fold by Characters.
        case needsGraphemes
    }

    /// The folding of `bytes` (a string's UTF-8) appended to `out`, while it is at most `limit`
    /// bytes: `.longer` once it is more (the folding by Characters of such a text is no shorter:
    /// it keeps a whitespace scalar that a mark joins, and "(" with a mark is as long as "（").
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, into out: inout [UInt8]) -> Outcome {
        let start = out.count
        var offset = 0
        let count = bytes.count
        while offset < count {
            guard out.count - start <= limit else { return .longer }
            let (step, length) = step(bytes, at: offset)
            switch step {
            case .drop: break
            case .keep:
                // Byte by byte: a scalar is a few bytes, and a slice append costs some 100 instructions.
                for k in offset..<offset + length { out.append(bytes[k]) }
            case .widen(let last):
                out.append(fullWidthLead.0)
                out.append(fullWidthLead.1)
                out.append(last)
            case .needsGraphemes: return .needsGraphemes
            }
            offset += length
        }
        return out.count - start <= limit ? .folded : .longer
    }
}
