/// A line that ends a sentence a full character short of its column, before a line whose first
/// character could have been set in that room: the paragraph ended there, the column did not.
///
///     2.负责水质监测工作，开展饮水安全水质检查和维修养      (the column: 24 characters)
///     护，联系水质化验方每年定时检测，出具检测报告。        (23: 其 would have fitted)
///     其他相关部门在各自的职责范围内，对水污染防治实施
///
/// A soft wrap leaves a line short only when the next character may not stand where it would
/// fall: a mark that may not begin a line pulls the character before it down (护，), an opening
/// bracket may not end a line. Measured only where the line is all full-width characters, whose
/// printed width is exact; a line with Latin letters or digits may be off by a fraction.
enum ShortSentenceLine {
    /// Whether the line ending with `before` ended its paragraph, by the room it left.
    static func endsParagraph(_ before: FlowPiece, before next: FlowPiece, width: Int?) -> Bool {
        guard let width, TextCues.endsSentence(before.text), !before.endsWithHangingPunctuation else { return false }
        let printed = max(before.width, before.lineWidth)
        // The room for one more full-width character.
        guard printed <= width - fullWidth, before.width == before.lineWidth,
              before.text.count * fullWidth == before.width else { return false }
        var characters = next.text.makeIterator()
        guard let first = characters.next(), first.displayWidth == fullWidth,
              !first.isNoLineStart, !first.isNoLineEnd else { return false }
        if let second = characters.next(), second.isNoLineStart { return false }
        return true
    }

    /// The printed width of a full-width character (Chinese characters, full-width marks).
    static let fullWidth = 2
}
