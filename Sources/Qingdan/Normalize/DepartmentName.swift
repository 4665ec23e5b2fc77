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
        splitByBytes(list, isNormalized: false) ?? splitByCharacters(list)
    }

    /// `split` where every scalar is its own Character, over the list's bytes: a separator is 、
    /// (E3 80 81), ， (EF BC 8C), ／ (EF BC 8F), "," or "/"; （ (EF BC 88) and ( open, ） (EF BC 89)
    /// and ) close. Each part normalized by bytes (`SpaceParenthesisFolding`), or kept as it is
    /// when the list is normalized already (a part of a normalized simple list is its own
    /// normalization). Nil for other text.
    private static func splitByBytes(_ list: String, isNormalized: Bool) -> [String]? {
        list.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard SimpleScalars.all(utf8: bytes) else { return nil }
            var parts: [String] = []
            var depth = 0
            var start = 0
            var offset = 0
            let count = bytes.count
            func cut(_ end: Int) {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if isNormalized {
                    if !part.isEmpty { parts.append(String(decoding: part, as: UTF8.self)) }
                    return
                }
                var folded: [UInt8] = []
                folded.reserveCapacity(part.count)
                _ = SpaceParenthesisFolding.fold(part, limit: .max, into: &folded)
                if !folded.isEmpty { parts.append(String(decoding: folded, as: UTF8.self)) }
            }
            while offset < count {
                let lead = bytes[offset]
                let length = UTF8MarkerCursor.length(lead: lead)
                var isSeparator = false
                if lead == 0x2C || lead == 0x2F {
                    isSeparator = true
                } else if lead == 0x28 {
                    depth += 1
                } else if lead == 0x29 {
                    depth = max(0, depth - 1)
                } else if lead == 0xE3 {
                    isSeparator = bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x81
                } else if lead == 0xEF, bytes[offset + 1] == 0xBC {
                    switch bytes[offset + 2] {
                    case 0x8C, 0x8F: isSeparator = true
                    case 0x88: depth += 1
                    case 0x89: depth = max(0, depth - 1)
                    default: break
                    }
                }
                if isSeparator, depth == 0 {
                    cut(offset)
                    start = offset + length
                }
                offset += length
            }
            cut(count)
            return parts
        } ?? nil
    }

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
            let opens = SimpleScalars.firstCharacter(of: name).map { $0 == 0xFF08 } ?? (name.first == "（")
            if opens, let last = lines.indices.last {
                lines[last] += name
            } else {
                lines.append(name)
            }
        }
        // Each line is normalized already: split without normalizing its parts again.
        return lines.flatMap { splitByBytes($0, isNormalized: true) ?? split($0) }
    }
}
