/// Lays source rows with row and column spans out on a rectangular grid.
///
/// A cell spanning rows (HTML `rowspan`, DOCX `w:vMerge`) fills every row it covers, because each
/// row of a list is one item and a merged 事项类别 belongs to every item beside it. A cell spanning
/// columns keeps its text in its first column; the others are marked as continuations.
struct CellGrid: Sendable, Equatable {
    private(set) var rows: [[GridSlot]] = []
    private(set) var markedHeaders: [Bool] = []
    /// Width of the widest row.
    private(set) var width = 0

    init(_ source: [GridRow]) {
        var carried: [Carry?] = []
        for row in source {
            lay(row, carried: &carried)
        }
        rows = rows.map { $0 + Array(repeating: .empty, count: width - $0.count) }
    }

    /// A cell reaching into rows below: what it leaves there and for how many more rows.
    private struct Carry {
        var slot: GridSlot
        /// Rows still to fill; nil: to the end of the table.
        var remaining: Int?

        /// What is left after filling one more row.
        var afterOneRow: Carry? {
            guard let remaining else { return self }
            return remaining > 1 ? Carry(slot: slot, remaining: remaining - 1) : nil
        }
    }

    private mutating func lay(_ row: GridRow, carried: inout [Carry?]) {
        var slots: [GridSlot] = Array(repeating: .empty, count: row.skippedColumns)
        func takeCarried() {
            while slots.count < carried.count, let carry = carried[slots.count] {
                carried[slots.count] = carry.afterOneRow
                slots.append(carry.slot)
            }
        }
        takeCarried()
        for cell in row.cells {
            takeCarried()
            let column = slots.count
            let span = max(1, cell.columnSpan)
            for offset in 0..<span {
                var slot = GridSlot(text: cell.text, isColumnContinuation: offset > 0)
                var reach: Int? = 1
                switch cell.down {
                case .rows(let count):
                    reach = count.map { max(1, $0) }
                case .continuesAbove:
                    // The merged cell's text is the text above; text typed into a continuation
                    // (rare) is kept after it rather than lost.
                    let above = rows.last.flatMap { column + offset < $0.count ? $0[column + offset].text : nil } ?? ""
                    slot.text = [above, cell.text].filter { !$0.isEmpty }.joined(separator: "\n")
                }
                slots.append(slot)
                let index = column + offset
                if carried.count <= index { carried += Array(repeating: nil, count: index + 1 - carried.count) }
                carried[index] = reach == 1 ? nil : Carry(slot: slot, remaining: reach.map { $0 - 1 })
            }
        }
        // Cells reaching down past a short row still cover their columns in it.
        while slots.count < carried.count {
            if carried[slots.count] == nil { slots.append(.empty) } else { takeCarried() }
        }
        width = max(width, slots.count)
        rows.append(slots)
        markedHeaders.append(row.isMarkedHeader)
    }
}
