/// Puts a row's pieces into columns: each column takes a run of consecutive pieces, in column
/// order (the two duties columns may come in either order). The cheapest split wins, by dynamic
/// programming over pieces × columns (linear in the row's length).
///
/// The costs weigh the evidence the export keeps:
/// - a blank line or a space on the row's first line is where cells part; a line break without
///   a blank line may be one too;
/// - every column wraps at its own width, so a line wider than a column is not in it, and a line
///   that stops short of its column's width ends a paragraph;
/// - wording: department names in the departments column, headings ("区民政局：") in the
///   superior duties, paragraph markers never in category or departments, township duties
///   speaking of 配合/协助/上报.
struct ColumnSegmenter {
    let roles: [ColumnRole]
    /// nil on the first pass, before widths are known.
    let widths: ColumnWidths?

    private static let impossible = Double.infinity
    /// A column left empty.
    private static let emptyColumn = 10.0
    /// Going back to an earlier column at the top of a new page.
    private static let resumedColumn = 0.5
    /// Printing the two duties columns the other way round.
    private static let swappedDuties = 2.0

    /// The column of each piece.
    func columns(of pieces: [FlowPiece]) -> [Int] {
        guard !pieces.isEmpty else { return [] }
        var best: (cost: Double, columns: [Int])?
        for (order, prior) in orders() {
            let (cost, columns) = segment(pieces, order: order)
            let total = cost + prior
            if best == nil || total < (best?.cost ?? .infinity) { best = (total, columns) }
        }
        return best?.columns ?? Array(repeating: 0, count: pieces.count)
    }

    /// Column orders to try, each with its prior cost.
    private func orders() -> [([Int], Double)] {
        let straight = Array(roles.indices)
        guard let first = roles.indices.dropLast().first(where: { roles[$0].isDuties && roles[$0 + 1].isDuties }) else {
            return [(straight, 0)]
        }
        var swapped = straight
        swapped.swapAt(first, first + 1)
        return [(straight, 0), (swapped, Self.swappedDuties)]
    }

    /// The cheapest split for one column order. A state is the slot (position in `order`) of the
    /// current piece; in a row that runs across a page break the cells resume at the top of the
    /// new page, so a column may come round again, and the state also records which slots hold
    /// text (a bit set) so that only columns left empty in the end are charged.
    private func segment(_ pieces: [FlowPiece], order: [Int]) -> (Double, [Int]) {
        let count = order.count
        // Bounded so that a row swallowing a whole document (a 序号 misprinted) stays cheap.
        let spansPages = count <= 8 && pieces.count <= 5_000 && pieces.contains(where: \.followsPageBreak)
        let masks = spansPages ? 1 << count : 1
        let states = count * masks
        func state(_ slot: Int, _ mask: Int) -> Int { slot * masks + mask }
        func filled(_ mask: Int, _ slot: Int) -> Int { spansPages ? mask | (1 << slot) : 0 }

        var cost = Array(repeating: Self.impossible, count: pieces.count * states)
        var back = Array(repeating: 0, count: pieces.count * states)
        cost[state(0, filled(0, 0))] = pieceCost(pieces[0], column: order[0])
        for index in pieces.indices.dropFirst() {
            let previous = pieces[index - 1], piece = pieces[index]
            let before = (index - 1) * states, here = index * states
            for slot in 0..<count {
                let own = pieceCost(piece, column: order[slot])
                guard own < Self.impossible else { continue }
                let stay = stayCost(previous, piece, column: order[slot])
                for from in 0..<count {
                    let step: Double
                    if from == slot {
                        step = stay
                    } else if from < slot {
                        let skipped = spansPages ? 0 : Self.emptyColumn * Double(slot - from - 1)
                        step = moveCost(previous, piece, from: order[from]) + skipped
                    } else if piece.followsPageBreak {
                        step = Self.resumedColumn
                    } else {
                        continue
                    }
                    for mask in 0..<masks {
                        let earlier = cost[before + state(from, mask)]
                        guard earlier < Self.impossible else { continue }
                        let target = here + state(slot, filled(mask, slot))
                        if earlier + step + own < cost[target] {
                            cost[target] = earlier + step + own
                            back[target] = state(from, mask)
                        }
                    }
                }
            }
        }
        // Columns never reached are empty.
        func emptyCost(_ current: Int) -> Double {
            let slot = current / masks, mask = current % masks
            let empty = spansPages ? count - mask.nonzeroBitCount : count - 1 - slot
            return Self.emptyColumn * Double(empty)
        }
        let last = (pieces.count - 1) * states
        var current = (0..<states).min { cost[last + $0] + emptyCost($0) < cost[last + $1] + emptyCost($1) } ?? 0
        let total = cost[last + current] + emptyCost(current)
        var columns = Array(repeating: 0, count: pieces.count)
        for index in pieces.indices.reversed() {
            columns[index] = order[current / masks]
            current = back[index * states + current]
        }
        return (total, columns)
    }

    /// How unlikely `piece` is in `column`, whatever its neighbours.
    private func pieceCost(_ piece: FlowPiece, column: Int) -> Double {
        let role = roles[column]
        let text = piece.text
        if role == .number { return piece.isOnRowStartLine && !piece.sharesLine ? 0 : Self.impossible }
        var cost = 0.0
        if let width = widths?[column], piece.width > width + 1 { cost += 50 }
        switch role {
        case .category:
            if TextCues.startsParagraph(text) { return Self.impossible }
        case .departments:
            if TextCues.startsParagraph(text) { return Self.impossible }
            if !TextCues.isDepartmentName(text), !TextCues.startsWithOpeningBracket(text), !piece.continuesOpenBracket {
                cost += TextCues.looksLikeDepartment(text) ? 1 : 4
            }
        default:
            if TextCues.isDepartmentName(text) { cost += 2 }
            if role == .name, TextCues.startsParagraph(text) { cost += 4 }
        }
        if TextCues.isHeading(text), role != .superiorDuties {
            cost += role == .townshipDuties ? 1 : 5
        }
        // Paragraphs opening with the other duties column's typical words.
        let body = TextCues.body(text)
        if role == .superiorDuties, TextCues.townshipWords.contains(where: { body.hasPrefix($0) }) { cost += 0.5 }
        if role == .townshipDuties, TextCues.superiorWords.contains(where: { body.hasPrefix($0) }) { cost += 0.5 }
        return cost
    }

    /// Cost of `piece` continuing the column `previous` is in.
    private func stayCost(_ previous: FlowPiece, _ piece: FlowPiece, column: Int) -> Double {
        if piece.sharesLine { return piece.isOnRowStartLine ? 3 : 0 }
        var cost = piece.followsBlankLine && !piece.followsPageBreak ? 2.0 : 0
        // "1." after "3.": a cell's clauses count up. "1." after unnumbered text without a heading
        // before it: a list opens a cell more often than it follows a paragraph.
        if piece.restartsNumbering {
            cost += 3
        } else if TextCues.clauseNumber(piece.text) == 1, !TextCues.isHeading(previous.text) {
            cost += 1.5
        }
        if TextCues.startsWithClosingPunctuation(piece.text) || TextCues.startsParagraph(piece.text)
            || TextCues.isHeading(previous.text) || roles[column] == .departments {
            return cost
        }
        // A short line followed by an unmarked one: a paragraph without a marker, possible but
        // rarer, and unlikely when the short line stops mid-sentence.
        if !previous.fillsColumn(of: widths?[column]) {
            cost += TextCues.endsSentence(previous.text) || previous.endsWithHangingPunctuation ? 1 : 3
        }
        return cost
    }

    /// Cost of `piece` opening a new column after `previous`, which ends `column`.
    private func moveCost(_ previous: FlowPiece, _ piece: FlowPiece, from column: Int) -> Double {
        if TextCues.startsWithClosingPunctuation(piece.text) { return Self.impossible }
        if piece.continuesOpenBracket { return 3 }
        if piece.sharesLine { return piece.isOnRowStartLine ? 0 : 1 }
        var cost = piece.followsBlankLine ? 0 : 1.5
        // Sentences end their cell with their punctuation; one broken off mid-phrase runs on.
        if roles[column].holdsSentences, !piece.followsBlankLine, !TextCues.endsSentence(previous.text),
           !TextCues.isHeading(previous.text) {
            cost += 1.5
        }
        return cost
    }

}
