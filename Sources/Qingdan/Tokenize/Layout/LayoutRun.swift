/// A run of text on one `pdftotext -layout` line: characters separated by at most single spaces.
/// Two or more spaces end a run, because that is how `-layout` separates table columns.
struct LayoutRun: Sendable, Equatable {
    /// Character position of the first character (pdftotext prints one character per grid cell,
    /// wide or not, so positions count characters, not display columns).
    var start: Int
    var text: String

    /// Position just after the last character.
    var end: Int { start + text.count }
}
