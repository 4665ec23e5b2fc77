/// One position of the rectangular grid a table fills.
struct GridSlot: Sendable, Equatable {
    var text: String
    /// True where the slot is covered by a cell that starts in a column to its left: such a slot
    /// repeats the text only where a header needs it, never in data rows (text is not doubled).
    var isColumnContinuation: Bool

    static let empty = GridSlot(text: "", isColumnContinuation: false)
}
