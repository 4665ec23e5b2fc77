/// The printed header row (表头): column titles with wraps undone, and the role each names.
struct TableHeader: Sendable, Equatable {
    var titles: [String] = []
    var roles: [ColumnRole] = []
    /// The spanning header over each title of a two-row grouped header (职责边界划分 over 上级部门职责
    /// | 乡镇（街道）配合职责: `HeaderGroupWord`), nil over the others; empty without a group.
    var groups: [String?] = []
    /// The printed width of the first line of each title wrapped over several lines (事项类 of
    /// 事项类 / 别), nil for a title on one line: the width its column wraps at, before any cell is
    /// read (`FlowTextTokenizer`'s first pass).
    var wrapWidths: [Int?] = []
    /// Every word printed in the header, to recognise the header where it is repeated on later pages.
    private var words: Set<String> = []

    /// Groups header words into columns. Words on the header's first line are columns of their
    /// own; a line below it begins with the rest of a wrapped title when its first word names no
    /// role, or the same role as the title before ("序" + "号", "乡镇（街道）" + "配合职责").
    init?(lines: [[String]]) {
        // The group and the line it is printed on: the titles begun on later lines are its leaves.
        var group: (text: String, line: Int)?
        for (lineIndex, line) in lines.enumerated() {
            for (wordIndex, word) in line.enumerated() {
                if HeaderGroupWord.isSpanningGroup(word) {
                    group = (word, lineIndex)
                    words.insert(word)
                    continue
                }
                // Heuristic `leafUnderGroup`: a leaf printed below its group is read with it, so
                // that a level of government under a duties group names those duties, not the
                // departments column before it (a wrap of 配合部门 it read as):
                //
                //     事项名称 配合部门
                //     职责边界
                //     县级部门 乡镇（街道）      ← 县级部门职责 | 乡镇（街道）职责
                let leafKey = group.flatMap { $0.line < lineIndex ? HeaderVocabulary.key(of: word, group: $0.text) : nil }
                let role = leafKey.map(ColumnRole.init(key:)) ?? ColumnRole(headerWords: word)
                if lineIndex > 0, wordIndex == 0, let last = roles.last, role == nil || role == last {
                    if wrapWidths[titles.count - 1] == nil { wrapWidths[titles.count - 1] = titles[titles.count - 1].displayWidth }
                    titles[titles.count - 1] += word
                    // The joined title names its role better than its first piece: 事项类 (a 事项
                    // name?) + 别 is 事项类别, so 事项名称 on the next line is a column of its own.
                    roles[roles.count - 1] = ColumnRole(headerWords: titles[titles.count - 1]) ?? last
                } else {
                    titles.append(word)
                    wrapWidths.append(nil)
                    roles.append(role ?? .other)
                    groups.append(group.flatMap { $0.line < lineIndex ? $0.text : nil })
                }
                words.insert(word)
            }
        }
        guard roles.first == .number, roles.count >= 3 else { return nil }
        if groups.allSatisfy({ $0 == nil }) { groups = [] }
        longestSimpleWord = words.allSatisfy { SimpleScalars.all($0) } ? words.map(\.utf8.count).max() ?? 0 : nil
        wordFirstScalars = Set(words.compactMap { $0.unicodeScalars.first?.value })
    }

    /// The first scalar of every header word: a line (trimmed) whose first scalar is none of
    /// them begins with no header word, and is no repeated header — told without reading its
    /// words (callgrind: 3,600 instructions a line of the flow reader).
    private var wordFirstScalars: Set<UInt32> = []

    /// The UTF-8 length of the longest header word when every word is simple scalars (then a
    /// simple word longer than that is none of them); nil otherwise.
    private var longestSimpleWord: Int?

    /// Whether the header begins on a line starting with these words (序号 …, or a wrapped 序).
    static func begins(_ words: [String]) -> Bool {
        words.first.flatMap { ColumnRole(headerWords: $0) } == .number
    }

    /// A line made only of header words: the header repeated at a page break.
    func isRepeated(in line: TextLine) -> Bool {
        guard let first = line.text.unicodeScalars.first, wordFirstScalars.contains(first.value) else { return false }
        if SimpleScalars.all(line.text) {
            // Scalars are Characters: split at whitespace scalars, and stop at the first word that
            // is not a header word (most lines are rows).
            let scalars = line.text.unicodeScalars
            var any = false
            var start = scalars.startIndex, index = start
            var wordBytes = 0
            while true {
                let atEnd = index == scalars.endIndex
                if atEnd || scalars[index].isWhiteSpace {
                    if start < index {
                        guard words.contains(String(line.text[start..<index])) else { return false }
                        any = true
                    }
                    if atEnd { return any }
                    start = scalars.index(after: index)
                    wordBytes = 0
                } else if let longest = longestSimpleWord {
                    // Equal simple texts are equal bytes: a longer word is no header word, and
                    // the rest of a long line of a row need not be read.
                    wordBytes += UTF8.width(scalars[index])
                    if wordBytes > longest { return false }
                }
                index = scalars.index(after: index)
            }
        }
        let lineWords = line.text.split(whereSeparator: \.isWhitespace)
        return !lineWords.isEmpty && lineWords.allSatisfy { words.contains(String($0)) }
    }
}
