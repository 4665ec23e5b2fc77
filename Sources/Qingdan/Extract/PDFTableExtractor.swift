import Foundation

/// Reads the list table from a PDF file. (Stub: filled in by the PDF work.)
struct PDFTableExtractor {
    var password: String?

    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        throw QingdanError(.unsupported, file: path, "PDF input is not supported yet")
    }
}
