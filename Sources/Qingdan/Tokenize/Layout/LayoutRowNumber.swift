/// The 序号 (item number) that starts a row: a run of digits in the first column.
struct LayoutRowNumber: Sendable, Equatable {
    var value: Int
    var text: String

    /// The number at the start of `line`, if its first-column text is one.
    init?(pieces: [LayoutPiece]) {
        guard let first = pieces.first, first.column == 0 else { return nil }
        self.init(text: first.text)
    }

    init?(text: String) {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let value = Int(text) else { return nil }
        self.value = value
        self.text = text
    }
}
