/// An item present in both editions whose content changed.
public struct ItemChange: Sendable, Equatable {
    public var oldNumber: Int
    public var newNumber: Int
    public var oldName: String
    public var newName: String
    public var fields: [FieldChange]

    public init(oldNumber: Int, newNumber: Int, oldName: String, newName: String, fields: [FieldChange]) {
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.oldName = oldName
        self.newName = newName
        self.fields = fields
    }

    public var isRenamed: Bool { fields.contains { $0.key == "name" } }

    /// The 序号 for a report heading: "5", or "5 → 6" when the item moved.
    var numbers: String {
        oldNumber == newNumber ? "\(newNumber)" : "\(oldNumber) → \(newNumber)"
    }

    /// The name for a report heading, "old → new" when renamed, each written by `escape`.
    func names(_ escape: (String) -> String) -> String {
        isRenamed ? "\(escape(oldName)) → \(escape(newName))" : escape(newName)
    }
}
