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

    /// Reads canonical JSON through the model's own JSON form (`CanonicalJSON`): the same shape
    /// the writer writes, each item's cells in the order written (the printed column order).
    public func decode(_ data: Data, path: String) throws(QingdanError) -> DutyList {
        do {
            return try DutyList(canonicalJSONData: data)
        } catch {
            throw QingdanError(.unsupported, file: path, .notQingdanJSON(detail: error.description))
        }
    }
}
