/// A numbered (or unnumbered) paragraph of a duty cell.
public struct Clause: Sendable, Equatable, Codable {
    /// The marker as printed ("1.", "①"), nil for an unnumbered paragraph.
    public var label: String?
    /// Text after the label, as printed with wraps undone.
    public var text: String
    /// ①②… inside the clause.
    public var subclauses: [Clause]

    public init(label: String?, text: String, subclauses: [Clause] = []) {
        self.label = label
        self.text = text
        self.subclauses = subclauses
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label)
        try c.encode(text, forKey: .text)
        try c.encode(subclauses, forKey: .subclauses)
    }
}
