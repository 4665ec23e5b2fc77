/// A run of text between blank lines and wide gaps in the flowing export: one printed line, or one
/// cell of a line that carries several single-line cells separated by spaces.
struct FlowPiece: Sendable, Equatable {
    // Stored strings first and widths in 32 bits: 56 bytes a piece where the fields in the order
    // below took 72, and every line of a long export is a piece held through the column search
    // (issue 10: memory a small multiple of the input).
    var text: String
    /// The white space before the piece on the same line; nil for the first piece of a line.
    var gapBefore: String?
    /// 1-based input line.
    var line: Int
    private var storedWidth: Int32
    private var storedLineWidth: Int32
    /// Printed width of the piece.
    var width: Int {
        get { Int(storedWidth) }
        set { storedWidth = Int32(clamping: newValue) }
    }
    /// Printed width of the whole input line (a filled line wraps, however it was cut into pieces).
    var lineWidth: Int {
        get { Int(storedLineWidth) }
        set { storedLineWidth = Int32(clamping: newValue) }
    }
    /// A blank line (or page break) comes before this piece's line.
    var followsBlankLine: Bool
    /// A page break (form feed, repeated header) comes before this piece's line: the row's cells
    /// go on from the top of the new page, each where it stopped.
    var followsPageBreak = false
    /// This line goes on with the cells the row's first line printed side by side
    /// (`FlowRow.interleavedParts`): a cell not begun there does not begin here.
    var continuesStartLineCells = false
    /// The piece is on the row's first line, where pieces are whole cells (序号 类别 名称 …).
    var isOnRowStartLine: Bool
    /// A lone 。 or 、 printed on the next line was joined to this one: its paragraph ended there.
    var endsWithHangingPunctuation = false
    /// The piece's clause number is not above the last one before it, with no heading between:
    /// numbering starts again, so a new cell begins.
    var restartsNumbering = false
    /// The line above (no blank line between) left a bracket open: this line goes on with it.
    var continuesOpenBracket = false

    init(text: String, line: Int, width: Int, lineWidth: Int, followsBlankLine: Bool,
         followsPageBreak: Bool = false, continuesStartLineCells: Bool = false, gapBefore: String? = nil,
         isOnRowStartLine: Bool, endsWithHangingPunctuation: Bool = false, restartsNumbering: Bool = false,
         continuesOpenBracket: Bool = false) {
        self.text = text
        self.gapBefore = gapBefore
        self.line = line
        // A width past 2^31 columns (a line of gigabytes) reads as the widest there is.
        storedWidth = Int32(clamping: width)
        storedLineWidth = Int32(clamping: lineWidth)
        self.followsBlankLine = followsBlankLine
        self.followsPageBreak = followsPageBreak
        self.continuesStartLineCells = continuesStartLineCells
        self.isOnRowStartLine = isOnRowStartLine
        self.endsWithHangingPunctuation = endsWithHangingPunctuation
        self.restartsNumbering = restartsNumbering
        self.continuesOpenBracket = continuesOpenBracket
    }

    var sharesLine: Bool { gapBefore != nil }

    /// Whether the line this piece ends reached the column's `width`, so its text wraps on into the
    /// next line.
    func fillsColumn(of width: Int?) -> Bool {
        Self.fills(column: width, printed: max(self.width, lineWidth),
                   endsWithHangingPunctuation: endsWithHangingPunctuation) {
            TextCues.endsSentence(text) || text.last == "：" || TextCues.closesTitle(text)
        }
    }

    /// Display columns a line may stop short of its column and still have filled it: one wide
    /// character, since a mark that may not begin a line pulls the character before it down.
    static let filledLineShortfall = 2
    /// Two wide characters short still fill the column when the line stops mid-phrase.
    static let midPhraseShortfall = 4

    /// The filled-column rule, for a piece and for its cues (`CuedPiece`): a line `printed`
    /// columns wide filled a column `column` wide (nil: no width known, every line fills), unless
    /// it ends with hanging punctuation; `endsPhrase` (a sentence end, a colon, or a title closed
    /// with 》: `村振兴促进法》` two characters short of its 履职依据 ends the law's name) is asked
    /// only of a line within `midPhraseShortfall`.
    static func fills(column width: Int?, printed: Int, endsWithHangingPunctuation: Bool,
                      endsPhrase: () -> Bool) -> Bool {
        guard let width else { return true }
        if endsWithHangingPunctuation { return false }
        return printed >= width - filledLineShortfall || (printed >= width - midPhraseShortfall && !endsPhrase())
    }

    /// Whether the text of this line runs on into `next` (a soft wrap): the line filled its
    /// column, or it stops mid-phrase before a bracket ("为乡" + "（镇）、"), which is carried down
    /// whole.
    func runsOn(into next: FlowPiece, width: Int?) -> Bool {
        fillsColumn(of: width)
            || (!TextCues.endsSentence(text) && TextCues.startsWithOpeningBracket(next.text) && !TextCues.startsParagraph(next.text))
    }
}

extension Array {
    /// The same elements in a buffer of their count: an array grown append by append holds up
    /// to twice its elements' room, and a long export's rows of pieces are held through the
    /// column search (issue 10).
    mutating func shrinkToFit() {
        guard capacity > count else { return }
        self = withUnsafeBufferPointer { Array($0) }
    }
}
