import Foundation

/// Reads the list table from plain text as exported from the PDF: the flowing form (one block per
/// cell, `pdftotext` default or `-raw`) or the `-layout` form (columns by character position).
struct TextTableExtractor {
    func extract(data: Data, path: String) throws(QingdanError) -> RawTable {
        guard let (text, _) = TextDecoder.decode(data) else {
            throw QingdanError(.unsupported, file: path, "text is neither UTF-8 nor GB18030")
        }
        if LayoutTextTokenizer.recognizes(text) {
            return try LayoutTextTokenizer().tokenize(text: text, path: path)
        }
        throw QingdanError(.noTable, file: path, "text input is not supported yet")
    }
}
