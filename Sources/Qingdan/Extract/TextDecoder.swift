import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes published text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 (a superset of
/// GBK and GB2312, the usual encodings of Chinese government files).
public enum TextDecoder {
    public enum Encoding: String, Sendable { case utf8, utf16le, utf16be, gb18030 }

    /// Returns the text and the encoding it was read in, or nil when no encoding fits.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        // UTF-8, by far the usual form, is validated in place: no copy of the input beside the
        // text (issue 10: memory a small multiple of the input).
        let utf8: String? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
            return String(validating: body, as: UTF8.self)
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8.map { ($0, .utf8) } }
        // 0xFF and 0xFE never occur in UTF-8: valid UTF-8 carries no UTF-16 byte order mark.
        if let text = utf8 { return (text, .utf8) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian).map { ($0, .utf16le) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian).map { ($0, .utf16be) }
        }
        return convert(bytes, from: "GB18030").map { ($0, .gb18030) }
    }

    /// Converts `bytes` from a named character set (as iconv names it) to a String; nil on invalid input.
    public static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        transcode(bytes, from: charset, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// `bytes` converted between two character sets (as iconv names them); nil when iconv does not
    /// know one of them or the input does not convert whole.
    static func transcode(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        #if canImport(Glibc)
        let cd = iconv_open(target, source)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // 4 bytes a byte covers every pair of the character sets in use (UTF-8, UTF-16, GB18030).
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr = inBuf.baseAddress
                var inLeft = inBuf.count
                var outPtr = outBuf.baseAddress
                var outLeft = outBuf.count
                let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if result == -1 || inLeft != 0 { return nil }
                return outBuf.count - outLeft
            }
        }
        return produced.map { output[0..<$0].map { UInt8(bitPattern: $0) } }
        #else
        return nil
        #endif
    }
}
