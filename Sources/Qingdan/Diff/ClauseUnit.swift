/// One clause as the diff sees it: the heading of the section it is under (上级部门职责 only),
/// its label, and its text with any ①②… subclauses run in, as printed.
struct ClauseUnit: Sendable, Equatable {
    var section: String?
    var label: String?
    var text: String

    init(section: String?, label: String?, text: String) {
        self.section = section
        self.label = label
        self.text = text
    }

    init(section: String?, clause: Clause) {
        self.init(section: section, label: clause.label, text: ClauseUnit.flatText(clause))
    }

    private static func flatText(_ clause: Clause) -> String {
        clause.subclauses.reduce(clause.text) { text, sub in text + (sub.label ?? "") + flatText(sub) }
    }
}
