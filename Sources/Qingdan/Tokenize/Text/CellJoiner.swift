/// Joins the pieces of one cell: soft wraps (a line that filled its column runs on) join with
/// nothing, hard breaks (a new paragraph) become "\n", pieces of one line keep the spaces between.
struct CellJoiner {
    /// Department names the document spells out in its headings ("区民政局："), to tell a
    /// wrapped name ("区人力资源和社会" + "保障局") from two names.
    var knownDepartments: Set<String> = []

    func join(_ pieces: [FlowPiece], role: ColumnRole, width: Int?) -> String {
        // The separators first, then the text in one buffer of its final size: a cell grown
        // append by append kept up to twice its bytes for the rest of the run (issue 10).
        var separators: [String] = []
        separators.reserveCapacity(pieces.count)
        // The text since the last hard break.
        var entry = ""
        for index in pieces.indices {
            let piece = pieces[index]
            let separator = index == 0 ? "" : self.separator(before: pieces[index - 1], pieces[index...], entry: entry, role: role, width: width)
            separators.append(separator)
            entry = separator == "\n" ? piece.text : entry + separator + piece.text
        }
        var text = ""
        text.reserveCapacity(zip(separators, pieces).reduce(0) { $0 + $1.0.utf8.count + $1.1.text.utf8.count })
        for (separator, piece) in zip(separators, pieces) {
            text += separator
            text += piece.text
        }
        return text.trimmingCellWhitespace
    }

    /// What goes between the line ending with `before` and the first of `pieces`: nothing (a soft
    /// wrap), "\n" (a hard break) or the spaces printed between them on one line.
    private func separator(before: FlowPiece, _ pieces: ArraySlice<FlowPiece>, entry: String, role: ColumnRole, width: Int?) -> String {
        guard let piece = pieces.first else { return "" }
        // The spaces before a piece belong to its line; they join only pieces of one line.
        if let gap = piece.gapBefore, before.line == piece.line {
            let invented = entry.last.flatMap { last in piece.text.first.map { Character.isInventedGap(between: last, and: $0) } } ?? false
            return invented ? "" : gap
        }
        if role == .departments, before.fillsColumn(of: width), continuesKnownName(entry + piece.text) { return "" }
        // A heading wrapped over lines ("区人力资源和社会保障局（区" + "医疗保障局）：") after a
        // finished sentence opens a section like a heading on one line.
        if TextCues.endsSentence(before.text), startsHeading(pieces) { return "\n" }
        return isHardBreak(before, piece, role: role, width: width) ? "\n" : ""
    }

    /// Whether `name` begins a department name the document spells out, or is one with a
    /// bracketed second name after it.
    func continuesKnownName(_ name: String) -> Bool {
        guard SimpleScalars.all(name) else { return knownDepartments.contains { Self.continues($0, name) } }
        // Where both are simple scalars, Characters are scalars and equal text is equal bytes:
        // compare the bytes (comparing Characters with each known name cost more than the rest
        // of the cell's joining).
        let nameBytes = name.utf8
        return knownDepartments.contains { known in
            guard SimpleScalars.all(known) else { return Self.continues(known, name) }
            let knownBytes = known.utf8
            if knownBytes.starts(with: nameBytes) { return true }
            guard nameBytes.starts(with: knownBytes) else { return false }
            return TextCues.startsWithOpeningBracket(String(name.unicodeScalars.dropFirst(known.unicodeScalars.count)))
        }
    }

    /// `continuesKnownName` for one known name, by Characters.
    private static func continues(_ known: String, _ name: String) -> Bool {
        known.hasPrefix(name) || (name.hasPrefix(known) && TextCues.startsWithOpeningBracket(String(name.dropFirst(known.count))))
    }

    /// Whether the first of `pieces` begins a heading: it and the lines after it, up to one ending
    /// in "：", make a short text without sentence punctuation before that colon.
    func startsHeading(_ pieces: ArraySlice<FlowPiece>) -> Bool {
        var heading = ""
        for piece in pieces.prefix(3) {
            heading += piece.text
            if TextCues.isHeading(heading) {
                return !heading.dropLast().contains { TextCues.sentenceEnds.contains($0) || $0 == "：" || $0 == ":" }
            }
            if heading.count > 30 || TextCues.hasPhrasePunctuation(heading) { return false }
        }
        return false
    }

    /// Heuristic `pulledDownWithMark`: a line opening with one character and a mark that may not
    /// begin a line (处。, 的，) goes on from the line above, however short that line: the word
    /// processor carried the character down with its mark. No paragraph opens so — except one
    /// numbered 一、 二、 …, whose numeral and 、 read the same way and are a clause label.
    ///
    ///     2.对重大疑难纠纷组织镇综治中心、司法所联合调
    ///     处。3.2025年起每季度向县委政法委报送化解情况。
    static func isPulledDownWithMark(_ text: String) -> Bool {
        var characters = text.makeIterator()
        guard let first = characters.next(), first.isCJK, first.isLetter, let second = characters.next() else { return false }
        return second.isNoLineStart && ClauseLabel.prefix(of: text) == nil
    }

    /// Whether `piece` begins a new paragraph after the line ending with `before`.
    func isHardBreak(_ before: FlowPiece, _ piece: FlowPiece, role: ColumnRole, width: Int?) -> Bool {
        let text = piece.text
        if TextCues.startsWithClosingPunctuation(text) { return false }
        if Self.isPulledDownWithMark(text) { return false }
        // ①②③ count items inside a paragraph too: one after a filled line goes on with it.
        if TextCues.startsWithCircledNumber(text) { return !before.runsOn(into: piece, width: width) }
        if TextCues.startsParagraph(text) || TextCues.isHeading(before.text) { return true }
        if role == .departments {
            // One department per line; a filled line runs on only into what cannot begin a name.
            return !before.fillsColumn(of: width)
                || (TextCues.isDepartmentName(before.text) && !TextCues.startsWithOpeningBracket(text))
        }
        if TextCues.isHeading(text), TextCues.endsSentence(before.text) { return true }
        if ShortSentenceLine.endsParagraph(before, before: piece, width: width) { return true }
        return !before.runsOn(into: piece, width: width)
    }
}
