/// A clause number at the start of a paragraph: "2.", "2．", "2、", "（二）", "二、" (see `ClauseLabel`).
/// Circled numbers ① are left out: they count items inside a paragraph too.
enum ClauseNumber {
    /// The length of the clause number `text` starts with, or nil.
    static func prefixLength(of text: String) -> Int? {
        guard let marker = ClauseLabel.prefix(of: text), marker.label.kind != .circled else { return nil }
        return marker.length
    }
}
