/// A Markdown document being built line by line, as UTF-8 bytes in an `OutputBuffer` that a
/// writer hands on between items.
struct MarkdownText {
    var out: OutputBuffer
    /// Whether a line has been written, and the last three bytes written (for `blank()`, which
    /// must know how the text ends even after its bytes have been handed on).
    private var isEmpty = true
    private var tail: (UInt8, UInt8, UInt8) = (0, 0, 0)

    init(out: OutputBuffer = OutputBuffer()) { self.out = out }

    mutating func line(_ s: String) {
        out.bytes += s.utf8
        out.bytes.append(Self.newline)
        for byte in s.utf8.suffix(2) { tail = (tail.1, tail.2, byte) }
        tail = (tail.1, tail.2, Self.newline)
        isEmpty = false
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

    /// Hands the bytes written on once a piece has gathered.
    mutating func flushIfFull() throws(QingdanError) { try out.flushIfFull() }

    /// The text written, when kept in memory.
    var text: String { String(decoding: out.bytes, as: UTF8.self) }

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
        appendEscaped(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape(s)` appended as UTF-8 bytes. By byte: the syntax characters are ASCII, and no
    /// byte of a multi-byte UTF-8 sequence is below 0x80.
    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case UInt8(ascii: "\n"): out += "<br>".utf8
                default: out.append(byte)
                }
            }
        }
    }
}
