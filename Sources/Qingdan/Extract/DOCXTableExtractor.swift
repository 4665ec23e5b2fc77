import Foundation

/// Reads the list table from a DOCX file. (Stub: filled in by the DOCX work.)
struct DOCXTableExtractor {
    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        throw QingdanError(.unsupported, file: path, "DOCX input is not supported yet")
    }
}
