/// A run of text between blank lines and wide gaps in the flowing export: one printed line, or one
/// cell of a line that carries several single-line cells separated by spaces.
struct FlowPiece: Sendable, Equatable {
    var text: String
    /// 1-based input line.
    var line: Int
    /// Printed width of the piece.
    var width: Int
    /// Printed width of the whole input line (a filled line wraps, however it was cut into pieces).
    var lineWidth: Int
    /// A blank line (or page break) comes before this piece's line.
    var followsBlankLine: Bool
    /// A page break (form feed, repeated header) comes before this piece's line: the row's cells
    /// go on from the top of the new page, each where it stopped.
    var followsPageBreak = false
    /// This line goes on with the cells the row's first line printed side by side
    /// (`FlowRow.interleavedParts`): a cell not begun there does not begin here.
    var continuesStartLineCells = false
    /// The white space before the piece on the same line; nil for the first piece of a line.
    var gapBefore: String?
    /// The piece is on the row's first line, where pieces are whole cells (序号 类别 名称 …).
    var isOnRowStartLine: Bool
    /// A lone 。 or 、 printed on the next line was joined to this one: its paragraph ended there.
    var endsWithHangingPunctuation = false
    /// The piece's clause number is not above the last one before it, with no heading between:
    /// numbering starts again, so a new cell begins.
    var restartsNumbering = false
    /// The line above (no blank line between) left a bracket open: this line goes on with it.
    var continuesOpenBracket = false

    var sharesLine: Bool { gapBefore != nil }

    /// Whether the line this piece ends reached the column's `width`, so its text wraps on into the
    /// next line. One character short still counts (a mark that may not begin a line pulls the
    /// character before it down); two short too when the line stops mid-phrase.
    func fillsColumn(of width: Int?) -> Bool {
        guard let width else { return true }
        if endsWithHangingPunctuation { return false }
        let printed = max(self.width, lineWidth)
        return printed >= width - 2 || (printed >= width - 4 && !TextCues.endsSentence(text) && text.last != "：")
    }

    /// Whether the text of this line runs on into `next` (a soft wrap): the line filled its
    /// column, or it stops mid-phrase before a bracket ("为乡" + "（镇）、"), which is carried down
    /// whole.
    func runsOn(into next: FlowPiece, width: Int?) -> Bool {
        fillsColumn(of: width)
            || (!TextCues.endsSentence(text) && TextCues.startsWithOpeningBracket(next.text) && !TextCues.startsParagraph(next.text))
    }
}
