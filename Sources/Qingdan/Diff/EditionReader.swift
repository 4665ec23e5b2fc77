import Foundation

/// Reads one edition for a diff: a `.json` file as the canonical JSON qingdan writes, anything
/// else through `ListReader` (PDF, text, HTML, DOCX).
public struct EditionReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    public func read(path: String) throws(QingdanError) -> DutyList {
        guard (path as NSString).pathExtension.lowercased() == "json" else {
            return try ListReader(options: options).read(path: path)
        }
        let data = try InputFile.read(path)
        return try decode(data, path: path)
    }

    /// Decodes canonical JSON. JSON objects carry no order, so each item's cells are put back in
    /// the printed column order.
    public func decode(_ data: Data, path: String) throws(QingdanError) -> DutyList {
        var list: DutyList
        do {
            list = try JSONDecoder().decode(DutyList.self, from: data)
        } catch let error as DecodingError {
            throw QingdanError(.unsupported, file: path, .notQingdanJSON(detail: EditionReader.describe(error)))
        } catch {
            throw QingdanError(.unsupported, file: path, .notQingdanJSON(detail: nil))
        }
        let order = Dictionary(list.columns.enumerated().map { ($0.element.header, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for i in list.items.indices {
            // Stable: headers not among the columns keep their (sorted) order at the end.
            list.items[i].cells = list.items[i].cells.enumerated().sorted { a, b in
                let x = order[a.element.header] ?? Int.max, y = order[b.element.header] ?? Int.max
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
        }
        return list
    }

    /// One line: what is wrong and where (items[3].name).
    private static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            let text = path.reduce("") { text, key in
                key.intValue.map { "\(text)[\($0)]" } ?? (text.isEmpty ? key.stringValue : "\(text).\(key.stringValue)")
            }
            return text.isEmpty ? "top level" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing \(place(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(place(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(place(context.codingPath))"
        @unknown default:
            return "cannot decode"
        }
    }
}
