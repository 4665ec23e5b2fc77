/// A line break in flowing text that cannot be told from its print: the line ends a sentence
/// (。；：…), fills its column, and the next line starts with no clause label or heading. A
/// paragraph that goes on with a new sentence and a new paragraph after that line print alike:
///
///     2.负责水质监测工作，开展饮水安全水质检查和维修养
///     护，联系水质化验方每年定时检测，出具检测报告。
///     其他相关部门在各自的职责范围内，对水污染防治实施      ← a new paragraph in the original
///
/// `CellJoiner` reads such a break as a soft wrap; this names each one, so that the reading is
/// reported (text.paragraph-uncertain) instead of trusted. The text export (`pdftotext`'s default)
/// hangs a sentence's last mark on a line of its own where it ended the paragraph
/// (`FlowPiece.endsWithHangingPunctuation`): there the break is known and not reported.
struct UncertainParagraphBreak: Sendable, Equatable {
    /// 1-based input line that ends the sentence.
    var line: Int
    /// That line's text.
    var text: String

    /// The marks that end a sentence or announce what follows: after one of them a new
    /// paragraph may begin without a label.
    static let closingMarks: Set<Character> = TextCues.sentenceEnds.union(["：", ":"])

    /// The breaks `joiner` reads as soft wraps in the pieces of one cell of `role`.
    static func breaks(in pieces: [FlowPiece], role: ColumnRole, width: Int?, joiner: CellJoiner) -> [UncertainParagraphBreak] {
        guard role.isDuties || role == .other, width != nil, pieces.count > 1 else { return [] }
        var found: [UncertainParagraphBreak] = []
        for index in pieces.indices.dropLast() {
            let before = pieces[index], after = pieces[index + 1]
            guard after.line != before.line, let last = before.text.last, closingMarks.contains(last),
                  !TextCues.startsParagraph(after.text), !TextCues.startsWithClosingPunctuation(after.text),
                  before.fillsColumn(of: width),
                  !joiner.startsHeading(pieces[(index + 1)...]),
                  !joiner.isHardBreak(before, after, role: role, width: width) else { continue }
            found.append(UncertainParagraphBreak(line: before.line, text: before.text))
        }
        return found
    }
}
