/// The cell formats of styles.xml (their index in `cellXfs`).
enum XLSXStyle: Int, Sendable {
    /// Wrapped text, top-aligned, thin borders.
    case body = 1
    /// Bold, centred, wrapped, thin borders.
    case header = 2
    /// Centred at the top, thin borders.
    case number = 3
}
