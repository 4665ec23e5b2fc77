/// Reads the `pdftotext -layout` form, where columns keep their character positions.
/// Placeholder: the layout helper replaces this file.
struct LayoutTextTokenizer {
    func tokenize(text: String, path: String) throws(QingdanError) -> RawTable {
        throw QingdanError(.noTable, file: path, "layout text not supported yet")
    }
}
