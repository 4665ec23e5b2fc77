/// A numbered (or unnumbered) paragraph of a duty cell.
public struct Clause: Sendable, Equatable {
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
}
