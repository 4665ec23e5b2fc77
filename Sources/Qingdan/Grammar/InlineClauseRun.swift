/// Clauses printed inline after a colon, in the paragraph of the clause that announces them:
///
///     3.指导各村依法依规完成选举程序：（1）审核候选人资格；（2）监督投票和计票。
///
/// A run starts right after the paragraph's first colon with a label of value 1, and each later
/// label of that family follows a sentence end (`ClauseLabel.sentenceEnds`) one above the last. The
/// run's clauses are the subclauses of the clause that holds the colon, as they are when each is
/// printed on a line of its own. Circled numbers (①②) are split by the paragraph parser already;
/// a run of the paragraph's own family (1.…：1.…；2.…) is no nesting and is left alone.
enum InlineClauseRun {
    /// The colons that may announce a run.
    static let colons: Set<Character> = ["：", ":"]

    /// Where `paragraph` is to be cut: before each label of a clean run after its first colon.
    /// Empty when there is no run, or when its labels are no clean sequence (（1）…；（3）…, or
    /// （2） twice): then nothing is certain and the paragraph stays one clause, which
    /// `holdsUnsplitRun` lets the validator report (clause.unsplit).
    static func starts(in paragraph: String) -> [String.Index] {
        guard let run = scan(paragraph), run.isClean, run.starts.count >= minimumRun else { return [] }
        return run.starts
    }

    /// Whether `text` (one clause's text) still holds a run after a colon: a label of value 1
    /// right after the colon and one more of its family after a sentence end.
    static func holdsUnsplitRun(_ text: String) -> Bool {
        (scan(text)?.starts.count ?? 0) >= minimumRun
    }

    /// A lone （1） after a colon is no run (nothing shows it is a list): at least （1） and （2）.
    static let minimumRun = 2

    private struct Run {
        var starts: [String.Index]
        var isClean: Bool
    }

    /// Whether `text` has a ：(EF BC 9A) or : scalar, read from its bytes.
    static func holdsColon(_ text: String) -> Bool {
        SimpleScalars.withBytes(of: text) { bytes in
            // Eight bytes at a time: a word without ":" or 0x9A (the last byte of ：) is passed over.
            guard let base = bytes.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            let count = bytes.count
            var offset = 0
            while offset + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if ByteScan.contains(word, 0x3A) || ByteScan.contains(word, 0x9A) { break }
                offset += 8
            }
            // From a little before, so that a ： across the word's start is seen whole.
            offset = max(0, offset - 2)
            while offset < count {
                let byte = bytes[offset]
                if byte == 0x3A { return true }
                if byte == 0xEF, offset + 2 < count, bytes[offset + 1] == 0xBC, bytes[offset + 2] == 0x9A { return true }
                offset += 1
            }
            return false
        }
    }

    /// The labels of the run after the first colon of `text` that a family-1 label follows.
    private static func scan(_ text: String) -> Run? {
        // Most paragraphs have no colon: found by bytes before any Character is made.
        guard holdsColon(text) else { return nil }
        let own = ClauseLabel.prefix(of: text)?.label.kind
        guard let colon = text.firstIndex(where: colons.contains) else { return nil }
        let first = text.index(after: colon)
        guard first < text.endIndex, let (label, _) = ClauseLabel.prefix(of: text[first...]),
              label.value == 1, label.kind != .circled, label.kind != own else { return nil }
        var run = Run(starts: [first], isClean: true)
        var expected = 2
        var index = first
        while index < text.endIndex {
            let next = text.index(after: index)
            if ClauseLabel.sentenceEndCharacters.contains(text[index]), next < text.endIndex,
               let (later, _) = ClauseLabel.prefix(of: text[next...]), later.kind == label.kind {
                if later.value != expected { run.isClean = false }
                run.starts.append(next)
                expected += 1
            }
            index = next
        }
        return run
    }
}
