/// A piece with the wording cues the column search asks about, read once: the search weighs
/// every piece against every column and neighbour, and re-reading the text each time (clause
/// markers, department names, punctuation) made it the slowest part of the reader.
struct CuedPiece: Sendable {
    /// Where the piece prints, without its text: the search copies pieces from state to state,
    /// and copying the text with them (reference counting its strings) was most of its cost.
    let piece: Placement
    /// The cues below, a bit each: every piece's cues are held through both passes of the
    /// column search (issue 10: 56 bytes a piece as separate fields, 32 so).
    private let cues: Cues
    /// The number of an arabic clause marker "3." at the start.
    let clauseNumber: Int?

    var startsParagraph: Bool { cues.contains(.startsParagraph) }
    var isHeading: Bool { cues.contains(.isHeading) }
    var isDepartmentName: Bool { cues.contains(.isDepartmentName) }
    var looksLikeDepartment: Bool { cues.contains(.looksLikeDepartment) }
    var hasPhrasePunctuation: Bool { cues.contains(.hasPhrasePunctuation) }
    var endsSentence: Bool { cues.contains(.endsSentence) }
    var endsWithColon: Bool { cues.contains(.endsWithColon) }
    var startsWithClosingPunctuation: Bool { cues.contains(.startsWithClosingPunctuation) }
    var startsWithOpeningBracket: Bool { cues.contains(.startsWithOpeningBracket) }
    /// The text after its marker opens with township (乡镇) wording: 配合, 协助 ….
    var opensWithTownshipWords: Bool { cues.contains(.opensWithTownshipWords) }
    /// The text after its marker opens with superior departments' wording: 负责, 指导 ….
    var opensWithSuperiorWords: Bool { cues.contains(.opensWithSuperiorWords) }
    /// The text opens with 《: the title of a law or document, what a 依据 cites.
    var opensCitation: Bool { cues.contains(.opensCitation) }
    /// The text ends with 》 (`TextCues.closesTitle`).
    var closesTitle: Bool { cues.contains(.closesTitle) }
    /// The text opens a 《 it does not close (`TextCues.leavesTitleOpen`).
    var leavesTitleOpen: Bool { cues.contains(.leavesTitleOpen) }
    /// An article of a law: 第五十七条, 第三款 (`TextCues.isArticleReference`).
    var isArticleReference: Bool { cues.contains(.isArticleReference) }

    private struct Cues: OptionSet, Sendable {
        let rawValue: UInt16
        static let startsParagraph = Cues(rawValue: 1 << 0)
        static let isHeading = Cues(rawValue: 1 << 1)
        static let isDepartmentName = Cues(rawValue: 1 << 2)
        static let looksLikeDepartment = Cues(rawValue: 1 << 3)
        static let hasPhrasePunctuation = Cues(rawValue: 1 << 4)
        static let endsSentence = Cues(rawValue: 1 << 5)
        static let endsWithColon = Cues(rawValue: 1 << 6)
        static let startsWithClosingPunctuation = Cues(rawValue: 1 << 7)
        static let startsWithOpeningBracket = Cues(rawValue: 1 << 8)
        static let opensWithTownshipWords = Cues(rawValue: 1 << 9)
        static let opensWithSuperiorWords = Cues(rawValue: 1 << 10)
        static let opensCitation = Cues(rawValue: 1 << 11)
        static let closesTitle = Cues(rawValue: 1 << 12)
        static let leavesTitleOpen = Cues(rawValue: 1 << 13)
        static let isArticleReference = Cues(rawValue: 1 << 14)

    }

    init(_ piece: FlowPiece) {
        self.piece = Placement(piece)
        let text = piece.text
        let marker = ClauseLabel.prefix(of: text)
        var cues = Cues()
        cues.set(.startsParagraph, marker != nil)
        clauseNumber = marker.flatMap { $0.label.kind == .arabic ? $0.label.value : nil }
        cues.set(.isHeading, TextCues.isHeading(text))
        cues.set(.isDepartmentName, TextCues.isDepartmentName(text))
        cues.set(.looksLikeDepartment, TextCues.looksLikeDepartment(text))
        cues.set(.hasPhrasePunctuation, TextCues.hasPhrasePunctuation(text))
        cues.set(.endsSentence, TextCues.endsSentence(text))
        cues.set(.startsWithClosingPunctuation, TextCues.startsWithClosingPunctuation(text))
        cues.set(.startsWithOpeningBracket, TextCues.startsWithOpeningBracket(text))
        cues.set(.opensCitation, text.unicodeScalars.first?.value == TextCues.titleOpening)
        cues.set(.closesTitle, TextCues.closesTitle(text))
        cues.set(.leavesTitleOpen, TextCues.leavesTitleOpen(text))
        cues.set(.isArticleReference, TextCues.isArticleReference(text))
        if SimpleScalars.all(text) {
            // Scalars are Characters: compare bytes (`SimpleScalars`).
            cues.set(.endsWithColon, text.unicodeScalars.last?.value == 0xFF1A)
            let body = Substring(text.unicodeScalars.dropFirst(marker?.length ?? 0))
            // Most bodies begin with none of the words' first characters: no word is compared.
            let first = body.unicodeScalars.first?.value ?? 0
            func opens(with word: String) -> Bool { body.utf8.starts(with: word.utf8) }
            cues.set(.opensWithTownshipWords, TextCues.townshipFirstScalars.contains(first) && TextCues.townshipWords.contains(where: opens))
            cues.set(.opensWithSuperiorWords, TextCues.superiorFirstScalars.contains(first) && TextCues.superiorWords.contains(where: opens))
        } else {
            cues.set(.endsWithColon, text.last == "：")
            let body = text.dropFirst(marker?.length ?? 0)
            cues.set(.opensWithTownshipWords, TextCues.townshipWords.contains { body.hasPrefix($0) })
            cues.set(.opensWithSuperiorWords, TextCues.superiorWords.contains { body.hasPrefix($0) })
        }
        self.cues = cues
    }

    /// `FlowPiece.fillsColumn(of:)` from the cues.
    func fillsColumn(of width: Int?) -> Bool {
        FlowPiece.fills(column: width, printed: max(piece.width, piece.lineWidth),
                        endsWithHangingPunctuation: piece.endsWithHangingPunctuation) { endsSentence || endsWithColon || closesTitle }
    }

    /// The `FlowPiece` fields the search reads, all plain values: widths in 32 bits and the
    /// marks a bit each (12 bytes, where whole integers and a byte a mark took 24).
    struct Placement: Sendable {
        private let storedWidth: Int32
        private let storedLineWidth: Int32
        private let marks: Marks

        var width: Int { Int(storedWidth) }
        var lineWidth: Int { Int(storedLineWidth) }
        var followsBlankLine: Bool { marks.contains(.followsBlankLine) }
        var followsPageBreak: Bool { marks.contains(.followsPageBreak) }
        var continuesStartLineCells: Bool { marks.contains(.continuesStartLineCells) }
        var sharesLine: Bool { marks.contains(.sharesLine) }
        var isOnRowStartLine: Bool { marks.contains(.isOnRowStartLine) }
        var endsWithHangingPunctuation: Bool { marks.contains(.endsWithHangingPunctuation) }
        var restartsNumbering: Bool { marks.contains(.restartsNumbering) }
        var continuesOpenBracket: Bool { marks.contains(.continuesOpenBracket) }

        private struct Marks: OptionSet, Sendable {
            let rawValue: UInt8
            static let followsBlankLine = Marks(rawValue: 1 << 0)
            static let followsPageBreak = Marks(rawValue: 1 << 1)
            static let continuesStartLineCells = Marks(rawValue: 1 << 2)
            static let sharesLine = Marks(rawValue: 1 << 3)
            static let isOnRowStartLine = Marks(rawValue: 1 << 4)
            static let endsWithHangingPunctuation = Marks(rawValue: 1 << 5)
            static let restartsNumbering = Marks(rawValue: 1 << 6)
            static let continuesOpenBracket = Marks(rawValue: 1 << 7)

        }

        init(_ piece: FlowPiece) {
            // A width past 2^31 columns (a line of gigabytes) reads as the widest there is.
            storedWidth = Int32(clamping: piece.width)
            storedLineWidth = Int32(clamping: piece.lineWidth)
            var marks = Marks()
            marks.set(.followsBlankLine, piece.followsBlankLine)
            marks.set(.followsPageBreak, piece.followsPageBreak)
            marks.set(.continuesStartLineCells, piece.continuesStartLineCells)
            marks.set(.sharesLine, piece.sharesLine)
            marks.set(.isOnRowStartLine, piece.isOnRowStartLine)
            marks.set(.endsWithHangingPunctuation, piece.endsWithHangingPunctuation)
            marks.set(.restartsNumbering, piece.restartsNumbering)
            marks.set(.continuesOpenBracket, piece.continuesOpenBracket)
            self.marks = marks
        }
    }

    /// `FlowPiece.runsOn(into:width:)` from the cues.
    func runsOn(into next: CuedPiece, width: Int?) -> Bool {
        fillsColumn(of: width) || (!endsSentence && next.startsWithOpeningBracket && !next.startsParagraph)
    }
}
