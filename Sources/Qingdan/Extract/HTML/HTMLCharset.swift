import Foundation

/// Settles the character set of a web page and transcodes it to UTF-8, in the order browsers use:
/// byte-order mark, then `<meta charset>` / `http-equiv="Content-Type"`, then detection (UTF-8 when
/// the bytes are valid UTF-8, else GB18030, the superset of GB2312 and GBK).
struct HTMLCharset {
    /// The page in UTF-8.
    var utf8: Data
    /// The character set the page was read in (iconv's name).
    var name: String
    /// True when no character set fitted and undecodable bytes were replaced by U+FFFD.
    var isLossy = false

    /// How far into the page a `<meta>` declaration is looked for (HTML's prescan reads 1024 bytes;
    /// pages with long scripts in `<head>` push it further).
    private static let prescanLength = 4096

    init(_ data: Data) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.init(utf8: Data(bytes.dropFirst(3)), name: "UTF-8")
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding)
            self.init(utf8: Data((text ?? "").utf8), name: bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", isLossy: text == nil)
        } else if let declared = Self.declaredCharset(in: bytes), let text = Self.decode(bytes, as: declared) {
            self.init(utf8: Data(text.utf8), name: declared)
        } else if String(validating: bytes, as: UTF8.self) != nil {
            self.init(utf8: data, name: "UTF-8")
        } else if let text = TextDecoder.convert(bytes, from: "GB18030") {
            self.init(utf8: Data(text.utf8), name: "GB18030")
        } else {
            self.init(utf8: Data(String(decoding: bytes, as: UTF8.self).utf8), name: "UTF-8", isLossy: true)
        }
    }

    private init(utf8: Data, name: String, isLossy: Bool = false) {
        self.utf8 = utf8
        self.name = name
        self.isLossy = isLossy
    }

    private static func decode(_ bytes: [UInt8], as charset: String) -> String? {
        charset == "UTF-8" ? String(validating: bytes, as: UTF8.self) : TextDecoder.convert(bytes, from: charset)
    }

    /// The charset a `<meta>` tag near the top declares, as iconv names it.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        // Declarations are ASCII; reading the head as Latin-1 keeps byte offsets and never fails.
        let head = String(bytes.prefix(prescanLength).map { Character(Unicode.Scalar($0)) }).lowercased()
        var rest = Substring(head)
        while let meta = rest.range(of: "<meta") {
            let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
            let tag = rest[meta.upperBound..<tagEnd]
            if let label = charsetLabel(in: tag) { return iconvName(label) }
            rest = rest[tagEnd...]
        }
        return nil
    }

    /// The value after `charset=` in a meta tag, quotes and spaces stripped.
    private static func charsetLabel(in tag: Substring) -> String? {
        guard let key = tag.range(of: "charset") else { return nil }
        var value = tag[key.upperBound...].drop { $0 == " " }
        guard value.first == "=" else { return nil }
        value = value.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let label = value.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
        return label.isEmpty ? nil : String(label)
    }

    /// Maps a web charset label to the iconv name to convert with. Browsers read GB2312 and GBK
    /// pages as GBK; GB18030 is its superset, so one name serves all three.
    static func iconvName(_ label: String) -> String {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "gb2312", "gbk", "x-gbk", "gb18030", "gb_2312-80", "gb_2312", "csgb2312", "chinese", "iso-ir-58", "csiso58gb231280":
            return "GB18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": return "BIG5-HKSCS"
        case "iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252": return "WINDOWS-1252"
        default: return label.uppercased()
        }
    }
}
