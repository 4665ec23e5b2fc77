/// A duty cell whose numbered clauses were not split apart: the next clause's label is still
/// inside a clause's text right after a sentence (`1.负责甲。2.2022年起负责乙。` read as one clause).
struct ClauseSplitCheck: Sendable {
    func findings(in item: Item, columns: [Column]) -> [Finding] {
        var findings: [Finding] = []
        for column in columns {
            let clauses: [Clause]
            switch column.key {
            case .superiorDuties: clauses = item.superiorDuties.flatMap(\.clauses)
            case .townshipDuties: clauses = item.townshipDuties
            case .content: clauses = item.content ?? []
            default: continue
            }
            if let glued = clauses.first(where: Self.holdsNextLabel) {
                let label = glued.label ?? ""
                findings.append(Finding(.error, "clause.unsplit", item: item.number, column: column.header,
                                        .clauseUnsplit(item: item.number, column: column.header, label: label, excerpt: Self.excerpt(glued.text))))
            }
        }
        return findings
    }

    /// Whether a sentence end in the clause's text is followed by the label the next clause would
    /// carry (the clause's own value plus one, or 1./2. after an unnumbered paragraph).
    static func holdsNextLabel(_ clause: Clause) -> Bool {
        // Clauses announced by a colon and left inline (…：（1）…；（3）…: no clean sequence).
        if InlineClauseRun.holdsUnsplitRun(clause.text) { return true }
        // Most clauses hold one sentence, ended at their end: no need to break them into characters.
        guard hasSentenceEndBeforeEnd(clause.text) else { return false }
        let own = clause.label.flatMap(ClauseLabel.init)
        func isNextLabel(_ next: ClauseLabel) -> Bool {
            if let own { return next.kind == own.kind && next.value == own.value + 1 }
            return next.kind == .arabic && next.value <= 2
        }
        func isNext(_ rest: Substring) -> Bool {
            guard let (next, _) = ClauseLabel.prefix(of: rest) else { return false }
            return isNextLabel(next)
        }
        let text = clause.text
        let simple = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            // Scalars are the text's Characters: the sentence ends found by their bytes (as
            // `ClauseLabel.runOnClauseStarts` finds them), the label after each read in place.
            var offset = 0
            let count = bytes.count
            while offset < count {
                let next = offset + UTF8MarkerCursor.length(lead: bytes[offset])
                if next < count, ClauseLabel.isSentenceEnd(bytes, at: offset) {
                    if let found = ClauseLabel.prefix(utf8: bytes, from: next) {
                        if let (label, _) = found, isNextLabel(label) { return true }
                    } else if isNext(text[text.utf8.index(text.utf8.startIndex, offsetBy: next)...]) {
                        return true
                    }
                }
                offset = next
            }
            return false
        }
        if let simple, let simple { return simple }
        let characters = Array(text)
        for index in characters.indices.dropLast() where ClauseLabel.sentenceEndCharacters.contains(characters[index]) {
            if isNext(Substring(String(characters[(index + 1)...].prefix(8)))) { return true }
        }
        return false
    }

    /// Whether one of `ClauseLabel.sentenceEnds` (。；;) is in `text` before its last scalar, found by UTF-8 bytes: a
    /// character equal to one is that one scalar, and one in the last character is no candidate.
    static func hasSentenceEndBeforeEnd(_ text: String) -> Bool {
        // Over the string's own bytes (its UTF-8 view's iterator cost most of this check).
        text.utf8.withContiguousStorageIfAvailable(hasSentenceEndBeforeEnd(utf8:))
            ?? Array(text.utf8).withUnsafeBufferPointer(hasSentenceEndBeforeEnd(utf8:))
    }

    static func hasSentenceEndBeforeEnd(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        // Eight bytes at a time: a word without ";" or the last byte of 。 (82) or ； (9B) is passed
        // over; the byte walk starts a little before the first that has one.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if ByteScan.contains(word, UInt8(ascii: ";")) || ByteScan.contains(word, 0x82) || ByteScan.contains(word, 0x9B) { break }
                index += 8
            }
            index = max(0, index - 2)
        }
        while index < count {
            let byte = bytes[index]
            // Bytes after this one: a sentence end must have some.
            let remaining = count - index - 1
            guard remaining > 0 else { return false }
            if byte == UInt8(ascii: ";") { return true }
            // 。 is E3 80 82, ； is EF BC 9B: a lead byte, then two more (and more after them).
            if remaining > 2 {
                if byte == 0xE3, bytes[index + 1] == 0x80, bytes[index + 2] == 0x82 { return true }
                if byte == 0xEF, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x9B { return true }
            }
            index += 1
        }
        return false
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
