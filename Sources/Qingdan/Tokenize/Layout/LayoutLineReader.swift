/// A cursor over `pdftotext -layout` text that reads it line by line, splitting each line into
/// runs. Form feeds (`\f`, printed before each page after the first) advance the page number;
/// LF, CRLF and CR all end a line.
struct LayoutLineReader {
    private let text: String
    private var index: String.Index
    private var lineNumber = 0
    private var page = 1

    init(text: String) {
        self.text = text
        self.index = text.startIndex
    }

    var didReachEnd: Bool { index == text.endIndex }

    /// Pages seen: a final form feed with nothing after it closes the last page, not opens one.
    var pageCount: Int { page }

    /// All lines, blank ones included (their numbers count).
    mutating func readLines() -> [LayoutLine] {
        var lines: [LayoutLine] = []
        while let line = readLine() {
            lines.append(line)
        }
        return lines
    }

    /// Reads one line; nil at the end of the text.
    mutating func readLine() -> LayoutLine? {
        skipFormFeeds()
        guard !didReachEnd else { return nil }
        lineNumber += 1
        var runs: [LayoutRun] = []
        var column = 0
        var run = ""
        var runStart = 0
        var pendingSpaces = 0
        while !didReachEnd, !Self.endsLine(text[index]) {
            let character = text[index]
            if character == " " || character == "\t" {
                pendingSpaces += 1
            } else {
                if !run.isEmpty, pendingSpaces >= 2 {
                    runs.append(LayoutRun(start: runStart, text: run))
                    run = ""
                }
                if run.isEmpty {
                    runStart = column
                } else if pendingSpaces == 1 {
                    run.append(" ")
                }
                run.append(character)
                pendingSpaces = 0
            }
            column += 1
            advance()
        }
        if !run.isEmpty {
            runs.append(LayoutRun(start: runStart, text: run))
        }
        if !didReachEnd, text[index] != "\u{0C}" {
            advance()  // the line break itself; a form feed is read by the next line
        }
        return LayoutLine(number: lineNumber, page: page, runs: runs)
    }

    private mutating func skipFormFeeds() {
        while !didReachEnd, text[index] == "\u{0C}" {
            advance()
            // A form feed at the very end closes the last page.
            if !didReachEnd { page += 1 }
        }
    }

    private mutating func advance() {
        index = text.index(after: index)
    }

    /// Swift reads CRLF as one Character, so this covers LF, CRLF and CR.
    private static func endsLine(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\r" || character == "\u{0C}"
    }
}
