/// One clause added, removed or reworded inside a duty column.
public struct ClauseChange: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case added, removed, reworded
    }

    public var kind: Kind
    /// Heading of the section the clause is under (区民政局：), nil where the column has none.
    public var section: String?
    public var oldLabel: String?
    public var oldText: String?
    public var newLabel: String?
    public var newText: String?
    /// Character diff of a reworded clause's text; empty for added and removed clauses.
    public var runs: [DiffRun]

    static func added(_ unit: ClauseUnit) -> ClauseChange {
        ClauseChange(kind: .added, section: unit.section, newLabel: unit.label, newText: unit.text)
    }

    static func removed(_ unit: ClauseUnit) -> ClauseChange {
        ClauseChange(kind: .removed, section: unit.section, oldLabel: unit.label, oldText: unit.text)
    }

    static func reworded(_ old: ClauseUnit, _ new: ClauseUnit) -> ClauseChange {
        ClauseChange(kind: .reworded, section: new.section ?? old.section, oldLabel: old.label, oldText: old.text,
                     newLabel: new.label, newText: new.text, runs: CharacterDiff().runs(from: old.text, to: new.text))
    }

    init(kind: Kind, section: String?, oldLabel: String? = nil, oldText: String? = nil,
         newLabel: String? = nil, newText: String? = nil, runs: [DiffRun] = []) {
        self.kind = kind
        self.section = section
        self.oldLabel = oldLabel
        self.oldText = oldText
        self.newLabel = newLabel
        self.newText = newText
        self.runs = runs
    }
}
