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

    /// The breaks `joiner` reads as soft wraps in the pieces of one cell of `role`, at lines ending
    /// with one of `doubtfulMarks` (`marksEndingUnlabelledParagraphs`).
    static func breaks(in pieces: [FlowPiece], role: ColumnRole, width: Int?, joiner: CellJoiner,
                       doubtfulMarks: Set<Character> = closingMarks) -> [UncertainParagraphBreak] {
        guard role.isDuties || role.isFreeText, width != nil, pieces.count > 1 else { return [] }
        var found: [UncertainParagraphBreak] = []
        for index in pieces.indices.dropLast() where endsBeforeUnlabelledLine(pieces, at: index, joiner: joiner) {
            let before = pieces[index], after = pieces[index + 1]
            guard let last = before.text.last, doubtfulMarks.contains(last),
                  before.fillsColumn(of: width),
                  !joiner.isHardBreak(before, after, role: role, width: width) else { continue }
            found.append(UncertainParagraphBreak(line: before.line, text: before.text))
        }
        return found
    }

    /// Heuristic `marksEndingUnlabelledParagraphs`: a full line's closing mark is doubtful only
    /// where the document itself ends a paragraph with that mark before a line without a label —
    /// seen where such a line stops short of its column, so that the break is certain. The
    /// sample's export text has dozens of paragraphs that end 。 before unlabelled text (…负责落实。 /
    /// 其他相关单位按各自职责…) and none that end ； there: its ； ends a clause, the next one
    /// labelled (（1）…；/ （2）…). So its full line
    ///
    ///     1.区城市管理局：负责全区燃气的发展规划；负责城
    ///     镇燃气安全监管工作，督促燃气企业落实主体责任；     ← fills its column
    ///     负责对燃气企业安全宣传教育、设施设备巡检、入户
    ///
    /// is a wrap, as the Word file has it. A list that sets unlabelled duties one a paragraph,
    /// each ending ； (制定方案； / 组织实施；), shows that on its short lines, and there a full
    /// line ending ； stays doubtful.
    static func marksEndingUnlabelledParagraphs(in cells: [(pieces: [FlowPiece], role: ColumnRole, width: Int?)],
                                                joiner: CellJoiner) -> Set<Character> {
        var seen: Set<Character> = []
        for cell in cells where (cell.role.isDuties || cell.role.isFreeText) && cell.width != nil {
            for index in cell.pieces.indices.dropLast() where endsBeforeUnlabelledLine(cell.pieces, at: index, joiner: joiner) {
                let before = cell.pieces[index]
                guard let last = before.text.last, !before.fillsColumn(of: cell.width) else { continue }
                seen.insert(last)
            }
        }
        return seen
    }

    /// `pieces[index]` ends its line with a closing mark, and the next line begins with no label,
    /// heading or closing punctuation: a paragraph may end there without showing it.
    private static func endsBeforeUnlabelledLine(_ pieces: [FlowPiece], at index: Int, joiner: CellJoiner) -> Bool {
        let before = pieces[index], after = pieces[index + 1]
        guard after.line != before.line, let last = before.text.last, closingMarks.contains(last) else { return false }
        return !TextCues.startsParagraph(after.text) && !TextCues.startsWithClosingPunctuation(after.text)
            && !joiner.startsHeading(pieces[(index + 1)...])
    }
}
