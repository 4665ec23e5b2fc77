/// The department names a list is read against: every name printed in its 对应上级部门 cells plus
/// the standard table. Resolves shortened spellings to the one full name they can only mean.
struct DepartmentDirectory: Sendable {
    /// Resolution of each name printed in a departments cell, by normalized spelling.
    private var documentResolutions: [String: DepartmentResolution] = [:]
    /// Full names the document uses, resolved, in first-printed order.
    private(set) var documentNames: [String] = []
    /// Alias/truncation candidates by first character, sorted so that searches are deterministic.
    private let candidatesByFirst: [Character: [String]]
    private let printedDocumentNames: Set<String>

    init(printedNames: [String]) {
        let printed = Self.unique(printedNames.map(DepartmentName.normalized))
        printedDocumentNames = Set(printed)
        var byFirst: [Character: Set<String>] = [:]
        for name in StandardDepartments.names.union(printed) {
            if let first = name.first { byFirst[first, default: []].insert(name) }
        }
        candidatesByFirst = byFirst.mapValues { $0.sorted() }
        for name in printed {
            documentResolutions[name] = resolveFullName(name)
        }
        documentNames = Self.unique(printed.compactMap { documentResolutions[$0]?.name })
    }

    /// Whether the name is printed in the document or is a standard name.
    func isKnown(_ name: String) -> Bool {
        let name = DepartmentName.normalized(name)
        return printedDocumentNames.contains(name) || StandardDepartments.isStandard(name)
    }

    /// Reads a name printed in full or nearly so (a departments-cell line, a heading part).
    func resolve(_ printed: String) -> DepartmentResolution {
        let name = DepartmentName.normalized(printed)
        return documentResolutions[name] ?? resolveFullName(name)
    }

    /// Reads a heading's short name (公安) as the one department of the item, or else of the
    /// document, whose name contains it; `.unknown` when none or several do.
    func resolveShortName(_ printed: String, itemDepartments: [String]) -> DepartmentResolution {
        let short = DepartmentName.normalized(printed)
        for pool in [itemDepartments, documentNames] {
            let hits = Self.unique(pool.filter { $0 != short && $0.contains(short) })
            if hits.count == 1 { return DepartmentResolution(printed: printed, name: hits[0], kind: .alias) }
            if hits.count > 1 { break }
        }
        return DepartmentResolution(printed: printed, name: short, kind: .unknown)
    }

    private func resolveFullName(_ name: String) -> DepartmentResolution {
        if StandardDepartments.isStandard(name) {
            return DepartmentResolution(printed: name, name: name, kind: .exact)
        }
        let matches = completions(of: name)
        let inDocument = matches.filter { printedDocumentNames.contains($0.name) }
        if let only = matches.count == 1 ? matches.first : (inDocument.count == 1 ? inDocument.first : nil) {
            return DepartmentResolution(printed: name, name: only.name, kind: only.kind)
        }
        let kind: DepartmentResolution.Kind = printedDocumentNames.contains(name) ? .exact : .unknown
        return DepartmentResolution(printed: name, name: name, kind: kind)
    }

    /// Known names `name` is a shortening of: the same name cut before its ending (truncated) or
    /// with one run of characters left out between its opening and its ending (alias).
    private func completions(of name: String) -> [(name: String, kind: DepartmentResolution.Kind)] {
        guard let first = name.first, let pool = candidatesByFirst[first] else { return [] }
        let isBody = DepartmentName.looksLikeBody(name)
        var found: [(name: String, kind: DepartmentResolution.Kind)] = []
        for candidate in pool where candidate.count > name.count && DepartmentName.looksLikeBody(candidate) {
            if !isBody, name.count >= 3, candidate.hasPrefix(name) {
                found.append((candidate, .truncated))
            } else if isBody, name.count >= 4, Self.isSingleInsertion(of: name, into: candidate) {
                found.append((candidate, .alias))
            }
        }
        return found
    }

    /// Whether `long` is `short` with one run of characters inserted after at least its first two
    /// characters and before at least its last one (区市场监督局 → 区市场监督管理局).
    static func isSingleInsertion(of short: String, into long: String) -> Bool {
        let a = Array(short), b = Array(long)
        guard b.count > a.count else { return false }
        var prefix = 0
        while prefix < a.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        return prefix >= 2 && suffix >= 1 && prefix + suffix == a.count
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
