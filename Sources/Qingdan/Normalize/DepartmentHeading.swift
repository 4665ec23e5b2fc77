/// A paragraph of a 上级部门职责 cell that names the departments the clauses after it belong to:
/// 区民政局：, 区委政法委、市公安局云冈分局：, 交通、公安、市场、邮政等部门：.
struct DepartmentHeading: Sendable {
    /// The paragraph as printed, ：included.
    var printed: String
    /// The names it lists, normalized, 等部门 left off.
    var names: [String]

    /// Endings that say the list is a group named by short names ("…等部门").
    static let collectiveEndings = ["等相关部门", "等有关部门", "等部门", "等单位", "等"]
    /// Punctuation that marks a sentence rather than a list of names.
    static let sentencePunctuation: Set<Character> = ["。", "；", ";", "！", "!", "？", "?", "：", ":"]

    /// Reads `paragraph` as a heading: it ends with ：and, but for an optional marker, is a list of
    /// names of bodies (or of short names closed by 等部门).
    init?(paragraph: String, isKnown: (String) -> Bool) {
        // Most paragraphs end otherwise, which their last scalar tells without a Character.
        if let last = SimpleScalars.lastCharacter(of: paragraph) {
            guard last == 0xFF1A || last == 0x3A else { return nil }  // ： :
        } else {
            guard let last = paragraph.last, last == "：" || last == ":" else { return nil }
        }
        let read: (body: String, isCollective: Bool)?
        if let simple = paragraph.utf8.withContiguousStorageIfAvailable(Self.body(simpleUTF8:)), let simple {
            read = simple
        } else {
            read = Self.body(byCharacters: paragraph)
        }
        guard let (body, isCollective) = read else { return nil }
        let names = DepartmentName.split(body)
        guard !names.isEmpty,
              isCollective || names.allSatisfy({ isKnown($0) || DepartmentName.looksLikeBody($0) }) else { return nil }
        self.printed = paragraph
        self.names = names
    }

    /// The names part of a paragraph ending with a colon: after its marker, before the colon and a
    /// collective ending (whether one was there); nil when it is empty or holds sentence punctuation.
    private static func body(byCharacters paragraph: String) -> (body: String, isCollective: Bool)? {
        var reader = DutyTextReader(paragraph.dropLast())
        _ = reader.readClauseLabel()
        var body = reader.read(until: { _ in false })
        guard !body.isEmpty, !body.contains(where: { Self.sentencePunctuation.contains($0) }) else { return nil }
        var isCollective = false
        if let ending = Self.collectiveEndings.first(where: { body.hasSuffix($0) && body.count > $0.count }) {
            body = String(body.dropLast(ending.count))
            isCollective = true
        }
        return (body, isCollective)
    }

    /// `body(byCharacters:)` from the bytes of a paragraph whose scalars are each a Character of
    /// their own (the last one a colon); `.none` (undecided) for other text.
    private static func body(simpleUTF8 bytes: UnsafeBufferPointer<UInt8>) -> (body: String, isCollective: Bool)?? {
        guard let lastLead = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }), SimpleScalars.all(utf8: bytes) else { return .none }
        var cursor = UTF8MarkerCursor(UnsafeBufferPointer(rebasing: bytes[0..<lastLead]))
        _ = cursor.readClauseLabel()
        let start = cursor.mark.byte
        var end = lastLead
        guard start < end else { return .some(nil) }
        var offset = start
        while offset < end {
            if isSentencePunctuation(bytes, at: offset) { return .some(nil) }
            offset += UTF8MarkerCursor.length(lead: bytes[offset])
        }
        let body = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var isCollective = false
        // Scalars are Characters: a Character suffix is a byte suffix, a Character count a count of lead bytes.
        if let ending = collectiveEndingBytes.first(where: { ending in
            body.hasSuffix(bytes: ending.bytes) && body.lazy.filter({ $0 & 0xC0 != 0x80 }).count > ending.characters
        }) {
            end -= ending.bytes.count
            isCollective = true
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self), isCollective)
    }

    /// `collectiveEndings` as UTF-8, with their Character counts.
    private static let collectiveEndingBytes: [(bytes: [UInt8], characters: Int)] = collectiveEndings.map { (Array($0.utf8), $0.count) }

    /// Whether the scalar at `offset` is one of `sentencePunctuation`: 。 (E3 80 82), ； ！ ？ ：
    /// (EF BC 9B, 81, 9F, 9A) or ; ! ? :.
    private static func isSentencePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let lead = bytes[offset]
        switch lead {
        case 0x3B, 0x21, 0x3F, 0x3A: return true
        case 0xE3: return offset + 2 < bytes.count && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x82
        case 0xEF:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0xBC else { return false }
            switch bytes[offset + 2] {
            case 0x9B, 0x81, 0x9F, 0x9A: return true
            default: return false
            }
        default: return false
        }
    }
}
