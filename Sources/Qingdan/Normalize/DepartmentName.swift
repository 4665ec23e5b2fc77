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
        if SimpleScalars.all(name) {
            // Scalars are Characters: look for the brackets without breaking graphemes.
            let scalars = name.unicodeScalars
            guard scalars.last == "）", let open = scalars.lastIndex(of: "（"), open > scalars.startIndex else { return name }
            return String(name[..<open])
        }
        guard name.hasSuffix("）"), let open = name.lastIndex(of: "（"), open > name.startIndex else { return name }
        return String(name[..<open])
    }

    static let separators: Set<Character> = ["、", "，", ",", "/", "／"]

    /// Splits a list of names at 、，, / outside parentheses.
    static func split(_ list: String) -> [String] {
        guard SimpleScalars.all(list) else { return splitByCharacters(list) }
        // Scalars are Characters: cut the list into slices of itself.
        var parts: [Substring] = []
        var depth = 0
        let scalars = list.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index != scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if depth == 0, separatorScalars.contains(scalar) {
                parts.append(list[start..<scalars.index(before: index)])
                start = index
                continue
            }
            if scalar == "（" || scalar == "(" { depth += 1 }
            if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) }
        }
        parts.append(list[start...])
        return parts.map(normalized).filter { !$0.isEmpty }
    }

    private static let separatorScalars: Set<Unicode.Scalar> = Set(separators.compactMap { $0.unicodeScalars.first })

    private static func splitByCharacters(_ list: String) -> [String] {
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
        for line in CellText.lines(of: cell) {
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
