/// Joins the pieces of one cell: soft wraps (a line that filled its column runs on) join with
/// nothing, hard breaks (a new paragraph) become "\n", pieces of one line keep the spaces between.
enum CellJoiner {
    static func join(_ pieces: [FlowPiece], role: ColumnRole, width: Int?) -> String {
        var text = ""
        var previous: FlowPiece?
        for piece in pieces {
            defer { previous = piece }
            guard let before = previous else {
                text = piece.text
                continue
            }
            // The spaces before a piece belong to its line; they join only pieces of one line.
            if let gap = piece.gapBefore, before.line == piece.line {
                let invented = text.last.flatMap { last in piece.text.first.map { TextCues.isInventedGap(between: last, and: $0) } } ?? false
                text += (invented ? "" : gap) + piece.text
            } else {
                text += (isHardBreak(before, piece, role: role, width: width) ? "\n" : "") + piece.text
            }
        }
        return text.trimmingWhitespace
    }

    /// Whether `piece` begins a new paragraph after the line ending with `before`.
    static func isHardBreak(_ before: FlowPiece, _ piece: FlowPiece, role: ColumnRole, width: Int?) -> Bool {
        let text = piece.text
        if TextCues.startsWithClosingPunctuation(text) { return false }
        if TextCues.startsParagraph(text) || TextCues.isHeading(before.text) { return true }
        if role == .departments {
            // One department per line; a filled line runs on only into what cannot begin a name.
            return !before.fillsColumn(of: width)
                || (TextCues.isDepartmentName(before.text) && !TextCues.startsWithOpeningBracket(text))
        }
        if TextCues.isHeading(text), TextCues.endsSentence(before.text) { return true }
        return !before.runsOn(into: piece, width: width)
    }
}
