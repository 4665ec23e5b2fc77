/// Joins the lines a cell prints into its text: a soft wrap joins with nothing, a paragraph end
/// becomes "\n".
///
/// A line ends its paragraph when
/// - the next line starts a clause ("2.", "（二）", "(2)", "②") after a line that ends a sentence
///   or has room left,
/// - the next line is a heading ("区林业局：") after a line that ends a sentence,
/// - the next line's first unbreakable piece would have fitted on it (the word processor did not
///   run out of room), or
/// - one organisation name ends it and the next line starts another ("…区农业农村局" / "区林业局"),
/// - in a list column, it is full and the next line starts like the column's other entries.
struct LayoutParagraphJoiner: Sendable {
    var profile: LayoutWrapProfile

    func join(_ lines: [String]) -> String {
        join(lines, measures: lines.map(LayoutLineMeasure.init))
    }

    /// `join` of lines measured in `measures` (one each).
    func join(_ lines: [String], measures: [LayoutLineMeasure]) -> String {
        guard lines.count > 1 else { return lines.first ?? "" }
        // Its size known: appended line by line, a cell kept up to twice its bytes.
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count - 1) { $0 + $1.utf8.count })
        for (offset, line) in lines.enumerated() {
            if offset > 0, endsParagraph(lines[offset - 1], before: line, measures: measures[offset - 1], measures[offset]) {
                text += "\n"
            }
            text += line
        }
        return text
    }

    func endsParagraph(_ line: String, before next: String) -> Bool {
        endsParagraph(line, before: next, measures: LayoutLineMeasure(line), LayoutLineMeasure(next))
    }

    private func endsParagraph(_ line: String, before next: String, measures lineMeasure: LayoutLineMeasure,
                               _ nextMeasure: LayoutLineMeasure) -> Bool {
        // The last Characters by their scalars where those are Characters of their own.
        let endsSentence = SimpleScalars.lastCharacter(of: line).flatMap(Unicode.Scalar.init).map(\.isTerminal)
            ?? line.last?.isTerminal ?? false
        let fits = profile.fits(lineMeasure, before: nextMeasure)
        if ClauseLabel.prefix(of: next) != nil, endsSentence || fits { return true }
        let nextEndsWithColon = SimpleScalars.lastCharacter(of: next).map { $0 == 0xFF1A || $0 == 0x3A }
            ?? (next.last == "：" || next.last == ":")
        if nextEndsWithColon, endsSentence { return true }
        if fits { return true }
        if OrganisationName.isBoundary(between: line, and: next) { return true }
        if profile.isList, let first = next.first { return profile.entryStarts.contains(first) }
        return false
    }
}
