/// A run of text on one `pdftotext -layout` line: characters separated by at most single spaces.
/// Two or more spaces end a run, because that is how `-layout` separates table columns.
struct LayoutRun: Sendable, Equatable {
    /// Character position of the first character (pdftotext prints one character per grid cell,
    /// wide or not, so positions count characters, not display columns).
    var start: Int
    let text: String
    /// Characters in `text`, counted once: every gutter and column test asks for the run's end.
    let length: Int
    /// Every scalar of `text` is a Character of its own (`SimpleScalars`): its spaces are its
    /// space bytes.
    let isSimple: Bool

    init(start: Int, text: String) {
        let isSimple = SimpleScalars.all(text)
        self.init(start: start, text: text, length: isSimple ? text.unicodeScalars.count : text.count, isSimple: isSimple)
    }

    /// A run whose Characters the caller counted and found simple or not.
    init(start: Int, text: String, length: Int, isSimple: Bool) {
        self.start = start
        self.text = text
        self.length = length
        self.isSimple = isSimple
    }

    /// Position just after the last character.
    var end: Int { start + length }

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
    var key: String {
        guard isSimple else { return text.filter { $0 != " " } }
        // Each space byte is a space Character here.
        guard text.utf8.contains(0x20) else { return text }
        return String(decoding: text.utf8.filter { $0 != 0x20 }, as: UTF8.self)
    }

    /// The bytes of `key` (for a simple run): the text's bytes but its spaces.
    var keyBytes: LazyFilterSequence<String.UTF8View> { text.utf8.lazy.filter { $0 != 0x20 } }
}
