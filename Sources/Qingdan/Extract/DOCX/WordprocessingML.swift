/// Names of WordprocessingML (the XML inside a DOCX).
enum WordprocessingML {
    /// Transitional (what Word writes) and Strict namespaces of the `w:` elements.
    static let namespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
}
