/// A piece with the wording cues the column search asks about, read once: the search weighs
/// every piece against every column and neighbour, and re-reading the text each time (clause
/// markers, department names, punctuation) made it the slowest part of the reader.
struct CuedPiece: Sendable {
    /// Where the piece prints, without its text: the search copies pieces from state to state,
    /// and copying the text with them (reference counting its strings) was most of its cost.
    let piece: Placement
    let startsParagraph: Bool
    /// The number of an arabic clause marker "3." at the start.
    let clauseNumber: Int?
    let isHeading: Bool
    let isDepartmentName: Bool
    let looksLikeDepartment: Bool
    let hasPhrasePunctuation: Bool
    let endsSentence: Bool
    let endsWithColon: Bool
    let startsWithClosingPunctuation: Bool
    let startsWithOpeningBracket: Bool
    /// The text after its marker opens with township (乡镇) wording: 配合, 协助 ….
    let opensWithTownshipWords: Bool
    /// The text after its marker opens with superior departments' wording: 负责, 指导 ….
    let opensWithSuperiorWords: Bool

    init(_ piece: FlowPiece) {
        self.piece = Placement(piece)
        let text = piece.text
        let marker = ClauseLabel.prefix(of: text)
        startsParagraph = marker != nil
        clauseNumber = marker.flatMap { $0.label.kind == .arabic ? $0.label.value : nil }
        isHeading = TextCues.isHeading(text)
        isDepartmentName = TextCues.isDepartmentName(text)
        looksLikeDepartment = TextCues.looksLikeDepartment(text)
        hasPhrasePunctuation = TextCues.hasPhrasePunctuation(text)
        endsSentence = TextCues.endsSentence(text)
        startsWithClosingPunctuation = TextCues.startsWithClosingPunctuation(text)
        startsWithOpeningBracket = TextCues.startsWithOpeningBracket(text)
        if SimpleScalars.all(text) {
            // Scalars are Characters: compare bytes (`SimpleScalars`).
            endsWithColon = text.unicodeScalars.last?.value == 0xFF1A
            let body = Substring(text.unicodeScalars.dropFirst(marker?.length ?? 0))
            // Most bodies begin with none of the words' first characters: no word is compared.
            let first = body.unicodeScalars.first?.value ?? 0
            func opens(with word: String) -> Bool { body.utf8.starts(with: word.utf8) }
            opensWithTownshipWords = TextCues.townshipFirstScalars.contains(first) && TextCues.townshipWords.contains(where: opens)
            opensWithSuperiorWords = TextCues.superiorFirstScalars.contains(first) && TextCues.superiorWords.contains(where: opens)
        } else {
            endsWithColon = text.last == "："
            let body = text.dropFirst(marker?.length ?? 0)
            opensWithTownshipWords = TextCues.townshipWords.contains { body.hasPrefix($0) }
            opensWithSuperiorWords = TextCues.superiorWords.contains { body.hasPrefix($0) }
        }
    }

    /// `FlowPiece.fillsColumn(of:)` from the cues.
    func fillsColumn(of width: Int?) -> Bool {
        guard let width else { return true }
        if piece.endsWithHangingPunctuation { return false }
        let printed = max(piece.width, piece.lineWidth)
        return printed >= width - 2 || (printed >= width - 4 && !endsSentence && !endsWithColon)
    }

    /// The `FlowPiece` fields the search reads, all plain values.
    struct Placement: Sendable {
        let width: Int
        let lineWidth: Int
        let followsBlankLine: Bool
        let followsPageBreak: Bool
        let continuesStartLineCells: Bool
        let sharesLine: Bool
        let isOnRowStartLine: Bool
        let endsWithHangingPunctuation: Bool
        let restartsNumbering: Bool
        let continuesOpenBracket: Bool

        init(_ piece: FlowPiece) {
            width = piece.width
            lineWidth = piece.lineWidth
            followsBlankLine = piece.followsBlankLine
            followsPageBreak = piece.followsPageBreak
            continuesStartLineCells = piece.continuesStartLineCells
            sharesLine = piece.sharesLine
            isOnRowStartLine = piece.isOnRowStartLine
            endsWithHangingPunctuation = piece.endsWithHangingPunctuation
            restartsNumbering = piece.restartsNumbering
            continuesOpenBracket = piece.continuesOpenBracket
        }
    }

    /// `FlowPiece.runsOn(into:width:)` from the cues.
    func runsOn(into next: CuedPiece, width: Int?) -> Bool {
        fillsColumn(of: width) || (!endsSentence && next.startsWithOpeningBracket && !next.startsParagraph)
    }
}
