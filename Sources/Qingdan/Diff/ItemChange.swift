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
}
