/// The clause-marker grammar's cursor over valid UTF-8 (a `String`'s own bytes) whose scalars
/// are each a Character of their own (`SimpleScalars`): the units are the scalars, decoded from
/// their bytes as the grammar asks for them. A `DutyTextReader` over the same text reads the
/// same units out of an array it must first build (callgrind: that array, the Sets and the
/// dictionary of numerals cost some 3,000 instructions a marker; every paragraph and every run-on
/// clause asks for one). Lives only inside the closure that lends it the bytes.
struct UTF8MarkerCursor: ClauseMarkerCursor {
    struct Mark {
        /// Offset of the unit at the cursor in the bytes.
        var byte: Int
        /// Units read so far (the grammar's `index`).
        var unit: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Units past this many are out of reach, as if the text ended there.
    private let unitLimit: Int
    private(set) var mark = Mark(byte: 0, unit: 0)

    /// A cursor at `start` (a scalar's first byte) of `bytes`, reading at most `unitLimit` units.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, unitLimit: Int = .max) {
        self.bytes = bytes
        self.unitLimit = unitLimit
        mark.byte = start
    }

    /// Whether every byte is read (nothing is out of reach then).
    var didReachEnd: Bool { mark.byte >= bytes.count }

    var currentUnit: Unicode.Scalar? {
        guard mark.unit < unitLimit, mark.byte < bytes.count else { return nil }
        return Unicode.Scalar(Self.scalarValue(in: bytes, at: mark.byte))
    }

    mutating func advance() {
        guard mark.unit < unitLimit, mark.byte < bytes.count else { return }
        mark.byte += Self.length(lead: bytes[mark.byte])
        mark.unit += 1
    }

    mutating func rewind(to mark: Mark) {
        self.mark = mark
    }

    func printed(from start: Mark) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start.byte..<mark.byte]), as: UTF8.self)
    }

    /// Bytes of the scalar whose first byte is `lead`.
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar value whose first byte is at `offset` of valid UTF-8.
    static func scalarValue(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        let lead = bytes[offset]
        if lead < 0x80 { return UInt32(lead) }
        if lead < 0xE0 { return UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F) }
        if lead < 0xF0 {
            return UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
        }
        return UInt32(lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
            | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
    }

    /// Whether the first `count` scalars from `start` (fewer where the bytes end) are each their
    /// own Character: then a cursor reading up to `count - 1` of them reads what a
    /// `DutyTextReader` over those Characters reads.
    static func leadingScalarsAreOwn(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Bool {
        var offset = start
        var taken = 0
        while taken < count, offset < bytes.count {
            let lead = bytes[offset]
            if lead >= 0xE5, lead <= 0xE9 {
                // U+5000-U+9FFF: CJK ideographs, each its own Character.
                offset += 3
            } else {
                guard SimpleScalars.isOwnGrapheme(scalarValue(in: bytes, at: offset)) else { return false }
                offset += length(lead: lead)
            }
            taken += 1
        }
        return true
    }
}
