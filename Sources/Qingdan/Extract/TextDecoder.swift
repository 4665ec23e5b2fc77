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
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self).map { ($0, .utf8) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian).map { ($0, .utf16le) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian).map { ($0, .utf16be) }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return convert(bytes, from: "GB18030").map { ($0, .gb18030) }
    }

    /// Converts `bytes` from a named character set (as iconv names it) to a String; nil on invalid input.
    public static func convert(_ bytes: [UInt8], from charset: String) -> String? {
        #if canImport(Glibc)
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
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
        guard let produced else { return nil }
        return String(validating: output[0..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return nil
        #endif
    }
}
