/// The forms a list arrives in.
public enum InputFormat: String, Sendable, Codable, CaseIterable {
    case pdf, text, html, docx, xlsx
}
