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
        let lineStart = text.utf8.distance(from: text.utf8.startIndex, to: index)
        // The line's bytes in place (a native string's own buffer): line breaks and form feeds
        // stand apart from the characters around them, so their bytes find the line's end, and
        // every run is copied out of the buffer once.
        let read: (runs: [LayoutRun], end: Int)? = SimpleScalars.withBytes(of: text) { bytes in
            var end = lineStart
            while end < bytes.count, !Self.endsLine(byte: bytes[end]) { end += 1 }
            guard SimpleScalars.all(utf8: UnsafeBufferPointer(rebasing: bytes[lineStart..<end])) else { return nil }
            return (Self.runs(in: bytes, from: lineStart, to: end), end)
        }
        guard let read else { return readCharacters() }
        index = text.utf8.index(text.utf8.startIndex, offsetBy: read.end)
        let utf8 = text.utf8
        if index < utf8.endIndex, utf8[index] != 0x0C {
            // The line break itself (CRLF as one); a form feed is read by the next line.
            let byte = utf8[index]
            index = utf8.index(after: index)
            if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
        }
        return LayoutLine(number: lineNumber, page: page, runs: read.runs)
    }

    /// The runs of the line in `bytes[start..<end]`, whose scalars are Characters (`SimpleScalars`):
    /// a run is a slice of the line (a tab between its words read as a space), its length the
    /// scalars it holds.
    private static func runs(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [LayoutRun] {
        var runs: [LayoutRun] = []
        var column = 0, pendingSpaces = 0
        var runStart: Int?, runEnd = start
        var runStartColumn = 0, runEndColumn = 0
        var runHasTab = false, pendingTab = false
        func finishRun() {
            guard let runStart else { return }
            let slice = UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd])
            let runText = runHasTab ? String(decoding: slice.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
                : String(decoding: slice, as: UTF8.self)
            runs.append(LayoutRun(start: runStartColumn, text: runText, length: runEndColumn - runStartColumn, isSimple: true))
        }
        var position = start
        while position < end {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 {
                pendingSpaces += 1
                if byte == 0x09 { pendingTab = true }
                position += 1
                column += 1
                continue
            }
            if runStart != nil, pendingSpaces >= 2 {
                finishRun()
                runStart = nil
            }
            if runStart == nil {
                runStart = position
                runStartColumn = column
                runHasTab = false
            } else if pendingSpaces == 1, pendingTab {
                runHasTab = true
            }
            pendingSpaces = 0
            pendingTab = false
            position += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            column += 1
            runEnd = position
            runEndColumn = column
        }
        finishRun()
        return runs
    }

    /// `readLine` Character by Character, for a line with scalars that join into one Character.
    private mutating func readCharacters() -> LayoutLine {
        var runs: [LayoutRun] = []
        var column = 0
        var run = ""
        var runStart = 0
        var pendingSpaces = 0
        while !didReachEnd, !Self.endsLine(text[index]) {
            let character = text[index]
            if character.asciiValue == 0x20 || character.asciiValue == 0x09 {
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
        while !didReachEnd, text.utf8[index] == 0x0C {
            advance()
            // A form feed at the very end closes the last page.
            if !didReachEnd { page += 1 }
        }
    }

    private mutating func advance() {
        index = text.index(after: index)
    }

    /// Swift reads CRLF as one Character (its `asciiValue` is LF's), so this covers LF, CRLF
    /// and CR. By ASCII value: comparing Characters costs a Unicode normalization each.
    private static func endsLine(byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func endsLine(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii == 0x0A || ascii == 0x0D || ascii == 0x0C
    }
}
