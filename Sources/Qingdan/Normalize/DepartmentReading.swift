/// One department name of an item as printed in its 对应上级部门 cell, and the full name it was
/// read as (区市场监督局 → 区市场监督管理局).
public struct DepartmentReading: Sendable, Equatable {
    public var printed: String
    public var name: String

    public init(printed: String, name: String) {
        self.printed = printed
        self.name = name
    }
}

extension DutyList {
    /// Each item's departments as printed, with the name each was resolved to, read against the
    /// same directory (the list's own names plus the standard table) the normalizer used.
    public func departmentReadings() -> [[DepartmentReading]] {
        guard let header = columns.first(where: { $0.key == .departments })?.header else {
            return items.map { $0.departments.map { DepartmentReading(printed: $0, name: $0) } }
        }
        let printedLines = items.map { DepartmentName.lines(ofCell: $0.cell(header) ?? "") }
        let directory = DepartmentDirectory(normalizedNames: printedLines.flatMap { $0 })
        return printedLines.map { lines in
            lines.map { DepartmentReading(printed: $0, name: directory.resolve(normalized: $0).name) }
        }
    }
}

/// Finds which of a set of full department names a name typed or printed elsewhere means, by the
/// normalizer's rules (cut short, a part left out): 区市场监督局 means 区市场监督管理局.
public struct DepartmentLookup: Sendable {
    private let directory: DepartmentDirectory
    private let known: Set<String>

    public init(names: [String]) {
        directory = DepartmentDirectory(printedNames: names)
        known = Set(names.map(DepartmentName.normalized))
    }

    /// The full name `text` stands for, or the text itself (normalized) when it means none.
    public func resolve(_ text: String) -> String {
        let name = DepartmentName.normalized(text)
        if known.contains(name) { return name }
        return directory.resolve(name).name
    }
}
