/// Spelling rules for department (部门) names.
enum DepartmentName {
    /// The name with spaces removed and parentheses made full-width, as names are compared.
    static func normalized(_ printed: some StringProtocol) -> String {
        printed.foldingSpacesAndParentheses
    }

    /// Whether the name ends like the name of a body, ignoring a closing parenthetical
    /// (区人力资源和社会保障局（区医疗保障局）).
    static func looksLikeBody(_ name: String) -> Bool {
        let core = withoutTrailingParenthetical(name)
        return OrganisationName.endsLikeOrganisation(core)
    }

    static func withoutTrailingParenthetical(_ name: String) -> String {
        guard name.hasSuffix("）"), let open = name.lastIndex(of: "（"), open > name.startIndex else { return name }
        return String(name[..<open])
    }

    static let separators: Set<Character> = ["、", "，", ",", "/", "／"]

    /// Splits a list of names at 、，, / outside parentheses.
    static func split(_ list: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in list {
            if depth == 0, separators.contains(c) {
                parts.append(current)
                current = ""
                continue
            }
            if c == "（" || c == "(" { depth += 1 }
            if c == "）" || c == ")" { depth = max(0, depth - 1) }
            current.append(c)
        }
        parts.append(current)
        return parts.map(normalized).filter { !$0.isEmpty }
    }

    /// Names in a 对应上级部门 cell: one per line, or several on a line split at 、; a line opening
    /// with a parenthesis continues the previous one (a long name wrapped before its parenthetical).
    static func lines(ofCell cell: String) -> [String] {
        var lines: [String] = []
        for line in cell.split(separator: "\n") {
            let name = normalized(line)
            guard !name.isEmpty else { continue }
            if name.first == "（", let last = lines.indices.last {
                lines[last] += name
            } else {
                lines.append(name)
            }
        }
        return lines.flatMap(split)
    }
}
