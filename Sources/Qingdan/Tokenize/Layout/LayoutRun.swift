/// A run of text on one `pdftotext -layout` line: characters separated by at most single spaces.
/// Two or more spaces end a run, because that is how `-layout` separates table columns.
struct LayoutRun: Sendable, Equatable {
    /// Character position of the first character (pdftotext prints one character per grid cell,
    /// wide or not, so positions count characters, not display columns).
    var start: Int
    var text: String

    /// Position just after the last character.
    var end: Int { start + text.count }

    /// The run cut at its single spaces.
    var words: [LayoutRun] {
        var words: [LayoutRun] = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !word.isEmpty { words.append(LayoutRun(start: start + offset, text: String(word))) }
            offset += word.count + 1
        }
        return words
    }

    /// The text without spaces: how header lines are compared, since pdftotext may space header
    /// words differently on each page.
    var key: String { text.filter { $0 != " " } }
}
