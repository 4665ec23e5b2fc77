import Foundation

extension InputFormat {
    /// Detects the form from the leading bytes; nil for bytes that are none of ours
    /// (binary that is neither PDF nor ZIP).
    static func detect(_ data: Data) -> InputFormat? {
        let head = data.prefix(1024)
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        // Some PDFs carry junk before the header; the spec allows it within the first 1024 bytes.
        if let range = head.range(of: Data("%PDF-".utf8)), range.lowerBound < 1024 { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if head.starts(with: [0x50, 0x4B]) { return .docx }
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        if lowered.contains("<html") || lowered.contains("<!doctype html") || lowered.contains("<table") || lowered.contains("<body") {
            return .html
        }
        if head.isEmpty { return .text }
        // UTF-16 text has NUL bytes in every ASCII character; its byte order mark says it is text.
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .text }
        // Text in any encoding has no NUL bytes; binaries nearly always do.
        if head.contains(0) { return nil }
        return .text
    }
}
