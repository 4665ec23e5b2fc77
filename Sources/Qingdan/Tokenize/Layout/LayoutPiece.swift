/// The text one line prints in one column.
struct LayoutPiece: Sendable, Equatable {
    var column: Int
    var text: String
}
