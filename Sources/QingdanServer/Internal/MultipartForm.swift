import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578) that the routes read: each field's name,
/// the file name the browser sent (only ever shown, never used as a path) and the bytes.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        /// A slice of the (mapped) body: not copied until written out.
        var data: Data
    }

    var parts: [Part]

    /// The boundary from `multipart/form-data; boundary=----x`.
    static func boundary(contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// Splits `body` on `--boundary` lines; nil when the body is not multipart with that boundary.
    init?(body: Data, boundary: String) {
        let delimiter = Data("--\(boundary)".utf8)
        let lineBreak = Data("\r\n".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        guard let first = body.range(of: delimiter) else { return nil }
        var parts: [Part] = []
        var cursor = first.upperBound
        while cursor < body.endIndex {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard body[cursor...].starts(with: lineBreak) else { return nil }
            let headerStart = cursor + 2
            guard let headersEnd = body.range(of: headerEnd, in: headerStart..<body.endIndex) else { return nil }
            let headers = String(decoding: body[headerStart..<headersEnd.lowerBound], as: UTF8.self)
            let contentStart = headersEnd.upperBound
            guard let next = body.range(of: lineBreak + delimiter, in: contentStart..<body.endIndex) else { return nil }
            if let disposition = Self.disposition(headers) {
                parts.append(Part(name: disposition.name, filename: disposition.filename,
                                  data: body[contentStart..<next.lowerBound]))
            }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// `Content-Disposition: form-data; name="file"; filename="清单.pdf"` → (file, 清单.pdf).
    private static func disposition(_ headers: String) -> (name: String, filename: String?)? {
        for line in headers.components(separatedBy: "\r\n") {
            let lower = line.lowercased()
            guard lower.hasPrefix("content-disposition:") else { continue }
            var name: String?
            var filename: String?
            for parameter in Self.parameters(String(line.dropFirst("content-disposition:".count))) {
                switch parameter.key.lowercased() {
                case "name": name = parameter.value
                case "filename": filename = parameter.value
                default: break
                }
            }
            return name.map { ($0, filename) }
        }
        return nil
    }

    /// `form-data; name="a"; filename="b;c.pdf"` → [(name, a), (filename, b;c.pdf)]: quotes respected.
    private static func parameters(_ text: String) -> [(key: String, value: String)] {
        var result: [(String, String)] = []
        var key = "", value = "", inValue = false, quoted = false, escaped = false
        func flush() {
            let trimmedKey = key.trimmingCharacters(in: .whitespaces)
            if !trimmedKey.isEmpty { result.append((trimmedKey, quoted ? value : value.trimmingCharacters(in: .whitespaces))) }
            key = ""; value = ""; inValue = false; quoted = false
        }
        var insideQuotes = false
        for character in text {
            if insideQuotes {
                if escaped { value.append(character); escaped = false }
                else if character == "\\" { escaped = true }
                else if character == "\"" { insideQuotes = false }
                else { value.append(character) }
                continue
            }
            switch character {
            case ";": flush()
            case "=" where !inValue: inValue = true
            case "\"" where inValue && value.isEmpty: insideQuotes = true; quoted = true
            default: if inValue { value.append(character) } else { key.append(character) }
            }
        }
        flush()
        return result
    }
}
