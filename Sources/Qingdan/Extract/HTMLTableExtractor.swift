import Foundation

/// Reads the list table from a HTML file. (Stub: filled in by the HTML work.)
struct HTMLTableExtractor {
    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        throw QingdanError(.unsupported, file: path, "HTML input is not supported yet")
    }
}
