/// A Markdown document being built line by line, as UTF-8 bytes in an `OutputBuffer` that a
/// writer hands on between items.
struct MarkdownText {
    var out: OutputBuffer
    /// The bytes written since they were last moved to `out`: appended to a `ByteWriter` (an
    /// array's append costs some 100 instructions, and an item makes hundreds of them).
    private let pending = ByteWriter(capacity: 1 << 14)
    /// Whether a line has been written, and the last three bytes written (for `blank()`, which
    /// must know how the text ends even after its bytes have been handed on).
    private var isEmpty = true
    private var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)

    init(out: OutputBuffer = OutputBuffer()) { self.out = out }

    mutating func line(_ s: String) {
        raw(s)
        endLine()
    }

    /// Appends `s` as it is to the line being written.
    mutating func raw(_ s: String) {
        let start = pending.count
        var s = s
        s.withUTF8 { pending.append(bytes: $0) }
        noteTail(from: start)
    }

    /// Appends `s` escaped (`escape(_:)`) to the line being written.
    mutating func escaped(_ s: String) {
        let start = pending.count
        var s = s
        var sink = pending
        s.withUTF8 { Self.appendEscaped(utf8: $0, to: &sink) }
        noteTail(from: start)
    }

    /// Appends a number to the line being written.
    mutating func number(_ value: Int) {
        let start = pending.count
        var sink = pending
        JSONValue.appendDecimal(value, to: &sink)
        noteTail(from: start)
    }

    /// Ends the line being written.
    mutating func endLine() {
        pending.append(Self.newline)
        tail = (tail.1, tail.2, Self.newline)
        isEmpty = false
    }

    /// Keeps the last bytes appended since `start` in `tail`.
    private mutating func noteTail(from start: Int) {
        let end = pending.count
        guard start < end else { return }
        pending.withBytes { bytes in
            for byte in bytes[max(start, end - 3)..<end] { tail = (tail.1, tail.2, byte) }
        }
    }

    /// One empty line, never two in a row.
    mutating func blank() {
        guard !isEmpty, !endsWithEmptyLine else { return }
        line("")
    }

    /// Whether the text ends in two line breaks: CR LF is one character, so CR LF LF is not.
    private var endsWithEmptyLine: Bool {
        tail.2 == Self.newline && tail.1 == Self.newline && tail.0 != UInt8(ascii: "\r")
    }

    private static let newline = UInt8(ascii: "\n")

    /// Moves the bytes written to `out`.
    mutating func flush() {
        pending.withBytes { out.bytes.append(contentsOf: $0) }
        pending.removeAll()
    }

    /// Hands the bytes written on once a piece has gathered.
    mutating func flushIfFull() throws(QingdanError) {
        flush()
        try out.flushIfFull()
    }

    /// The text written, when kept in memory.
    var text: String {
        var all = out.bytes
        pending.withBytes { all.append(contentsOf: $0) }
        return String(decoding: all, as: UTF8.self)
    }

    /// A section: its heading, an empty line, its lines, an empty line; nothing when it has no lines.
    mutating func section(_ heading: String, lines: [String]) {
        guard !lines.isEmpty else { return }
        line(heading)
        blank()
        for text in lines { line(text) }
        blank()
    }

    /// Escapes the characters that Markdown (and GitHub tables) would treat as syntax.
    static func escape(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        appendEscaped(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape(s)` appended as UTF-8 bytes. The syntax characters are ASCII, and every byte of
    /// a multi-byte sequence is ≥ 0x80: escaping bytes is escaping scalars. Runs between them are
    /// copied whole.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendEscaped(utf8: $0, to: &out) }
    }

    /// `appendEscaped` of a text given as its UTF-8 bytes: runs between syntax bytes are copied
    /// whole (eight bytes of Chinese passed over at a time, other bytes one by one).
    static func appendEscaped<Sink: ByteSink>(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) {
        var copied = 0
        var index = 0
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index < bytes.count {
            // Eight bytes of multi-byte characters are passed over at once.
            if let raw, index + 8 <= bytes.count, ByteScan.allHigh(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            defer { index += 1 }
            guard byte < 0x80, isSyntax[Int(byte)] else { continue }
            out.append(bytes: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            if byte == UInt8(ascii: "\n") {
                for b in "<br>".utf8 { out.append(b) }
            } else {
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            }
            copied = index + 1
        }
        out.append(bytes: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// ASCII bytes `appendEscaped` rewrites: \ * _ ` [ ] < > # | ~ get a backslash, a line break becomes <br>.
    private static let isSyntax: [Bool] = (0..<128).map { byte in
        "\\*_`[]<>#|~\n".utf8.contains(UInt8(byte))
    }
}
