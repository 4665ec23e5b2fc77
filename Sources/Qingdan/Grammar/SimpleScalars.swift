/// Text in which every Unicode scalar is a Character of its own: ASCII (but CR, which joins a
/// following LF), CJK, kana, full-width forms and common punctuation — nearly every line of a
/// list. There a scalar walk gives the same answer as a Character walk, without grapheme
/// breaking or Character comparison (callgrind: most of the text readers' instructions); the
/// hot paths take it when `all(_:)` holds and keep the Character walk for any other text.
enum SimpleScalars {
    /// Whether every scalar of `text` is its own grapheme.
    static func all(_ text: some StringProtocol) -> Bool {
        // Native strings are contiguous UTF-8: decoded here by hand (callgrind: the scalar view's
        // iterator cost some 30 instructions a scalar, and every line of a list is asked often).
        if let answer = text.utf8.withContiguousStorageIfAvailable(all(utf8:)) { return answer }
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D {
            // A non-ASCII or CR byte: decide by scalars (rare enough to walk twice).
            return text.unicodeScalars.allSatisfy { isOwnGrapheme($0.value) }
        }
        return true
    }

    /// `body` over the UTF-8 bytes of `text`, in place where the text is contiguous (native
    /// strings and their slices); a copy otherwise.
    static func withBytes<R>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let answer = text.utf8.withContiguousStorageIfAvailable(body) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// `all(_:)` over valid UTF-8 (a `String`'s own bytes): each scalar decoded from its lead
    /// and continuation bytes, no scalar view.
    static func all(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
                continue
            }
            // E5-E9 lead U+5000-U+9FFF, all CJK ideographs: no need to decode them.
            if lead >= 0xE5, lead <= 0xE9 {
                index += 3
                continue
            }
            let value: UInt32
            if lead < 0xE0 {
                guard index + 1 < count else { return false }
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                // Four-byte scalars (emoji, CJK extension B…) are never in the set.
                return false
            }
            if !isOwnGrapheme(value) { return false }
        }
        return true
    }

    /// Scalars that never join a neighbour into one grapheme (no combining marks, joiners,
    /// variation selectors, prepended or spacing marks, Hangul jamo), nor CR (CRLF is one).
    static func isOwnGrapheme(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x80: return value != 0x0D
        case 0x80..<0x300: return value != 0xAD  // Latin-1 and Latin Extended; U+00AD is a control
        case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, ellipsis, ‰
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: return true  // CJK punctuation, kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // CJK ideographs
        case 0xFF01...0xFF9D, 0xFFA0...0xFFEF: return true  // full-width and half-width forms
        default: return false
        }
    }

    /// The scalar the last Character of `text` is, when it and the scalar before it are their own
    /// graphemes (then nothing joins them); nil when that is not so or the text is empty.
    static func lastCharacter(of text: some StringProtocol) -> UInt32? {
        // From the string's own bytes: the last two scalars found by their lead bytes.
        if let decided = text.utf8.withContiguousStorageIfAvailable(lastCharacter(utf8:)) { return decided }
        let scalars = text.unicodeScalars
        guard let last = scalars.last, isOwnGrapheme(last.value) else { return nil }
        let end = scalars.index(before: scalars.endIndex)
        if end > scalars.startIndex, !isOwnGrapheme(scalars[scalars.index(before: end)].value) { return nil }
        return last.value
    }

    /// `lastCharacter(of:)` of valid UTF-8.
    private static func lastCharacter(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let last = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }) else { return nil }
        let value = UTF8MarkerCursor.scalarValue(in: bytes, at: last)
        guard isOwnGrapheme(value) else { return nil }
        if last > 0, let before = bytes[..<last].lastIndex(where: { $0 & 0xC0 != 0x80 }),
           !isOwnGrapheme(UTF8MarkerCursor.scalarValue(in: bytes, at: before)) { return nil }
        return value
    }

    /// The scalar the first Character of `text` is, when it and the scalar after it are their
    /// own graphemes; nil when that is not so or the text is empty.
    static func firstCharacter(of text: some StringProtocol) -> UInt32? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isOwnGrapheme(first.value) else { return nil }
        if let second = scalars.next(), !isOwnGrapheme(second.value) { return nil }
        return first.value
    }
}
