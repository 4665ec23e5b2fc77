/// The department names a list is read against: every name printed in its 对应上级部门 cells plus
/// the standard table. Resolves shortened spellings to the one full name they can only mean.
struct DepartmentDirectory: Sendable {
    /// Resolution of each name printed in a departments cell, by normalized spelling (looked up by
    /// bytes: `SimpleTextTable`).
    private var documentResolutions = SimpleTextTable<DepartmentResolution>()
    /// Full names the document uses, resolved, in first-printed order.
    private(set) var documentNames: [String] = []
    /// Alias/truncation candidates by first character, sorted so that searches are deterministic.
    private let candidatesByFirst: [Character: [Candidate]]
    private let printedDocumentNames: SimpleTextTable<Void>

    init(printedNames: [String]) {
        self.init(normalizedNames: printedNames.map(DepartmentName.normalized))
    }

    /// The directory of names normalized already (`DepartmentName.lines(ofCell:)` gives them so).
    init(normalizedNames: [String]) {
        let printed = Self.unique(normalizedNames)
        printedDocumentNames = SimpleTextTable(printed.map { ($0, ()) })
        var byFirst: [Character: Set<String>] = [:]
        for name in StandardDepartments.names.union(printed) {
            if let first = name.first { byFirst[first, default: []].insert(name) }
        }
        candidatesByFirst = byFirst.mapValues { $0.sorted().map(Candidate.init) }
        for name in printed {
            documentResolutions.insert(name, resolveFullName(name))
        }
        documentNames = Self.unique(printed.compactMap { documentResolutions.value($0)?.name })
    }

    /// Whether the name is printed in the document or is a standard name.
    func isKnown(_ name: String) -> Bool {
        isKnown(normalized: DepartmentName.normalized(name))
    }

    /// `isKnown` of a name normalized already (a heading's names are).
    func isKnown(normalized name: String) -> Bool {
        printedDocumentNames.value(name) != nil || StandardDepartments.isStandard(name)
    }

    /// Reads a name printed in full or nearly so (a departments-cell line, a heading part).
    func resolve(_ printed: String) -> DepartmentResolution {
        resolve(normalized: DepartmentName.normalized(printed))
    }

    /// `resolve` of a name normalized already.
    func resolve(normalized name: String) -> DepartmentResolution {
        documentResolutions.value(name) ?? resolveFullName(name)
    }

    /// Reads a heading's short name (公安) as the one department of the item, or else of the
    /// document, whose name contains it; `.unknown` when none or several do.
    func resolveShortName(_ printed: String, itemDepartments: [String]) -> DepartmentResolution {
        let short = DepartmentName.normalized(printed)
        for pool in [itemDepartments, documentNames] {
            let hits = Self.unique(pool.filter { $0 != short && Self.contains($0, short) })
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
        let inDocument = matches.filter { printedDocumentNames.value($0.name) != nil }
        if let only = matches.count == 1 ? matches.first : (inDocument.count == 1 ? inDocument.first : nil) {
            return DepartmentResolution(printed: name, name: only.name, kind: only.kind)
        }
        let kind: DepartmentResolution.Kind = printedDocumentNames.value(name) != nil ? .exact : .unknown
        return DepartmentResolution(printed: name, name: name, kind: kind)
    }

    /// Known names `name` is a shortening of: the same name cut before its ending (truncated) or
    /// with one run of characters left out between its opening and its ending (alias).
    private func completions(of name: String) -> [(name: String, kind: DepartmentResolution.Kind)] {
        guard let first = name.first, let pool = candidatesByFirst[first] else { return [] }
        let short = Candidate(name)
        var found: [(name: String, kind: DepartmentResolution.Kind)] = []
        for candidate in pool where candidate.length > short.length && candidate.isBody {
            if !short.isBody, short.length >= 3, candidate.hasPrefix(short) {
                found.append((candidate.name, .truncated))
            } else if short.isBody, short.length >= 4, Self.isSingleInsertion(of: short, into: candidate) {
                found.append((candidate.name, .alias))
            }
        }
        return found
    }

    /// A name of the directory with what the searches ask of it, worked out once: every printed
    /// name is compared with every candidate of its first character.
    private struct Candidate: Sendable {
        var name: String
        /// Characters in the name.
        var length: Int
        var isBody: Bool
        /// Whether each scalar of the name is a Character of its own (`SimpleScalars`).
        var isSimple: Bool

        init(_ name: String) {
            self.name = name
            isSimple = SimpleScalars.all(name)
            length = isSimple ? name.unicodeScalars.count : name.count
            isBody = DepartmentName.looksLikeBody(name)
        }

        /// `name.hasPrefix(other.name)`, by bytes where both are simple.
        func hasPrefix(_ other: Candidate) -> Bool {
            guard isSimple, other.isSimple else { return name.hasPrefix(other.name) }
            return name.utf8.starts(with: other.name.utf8)
        }
    }

    /// Whether `long` is `short` with one run of characters inserted after at least its first two
    /// characters and before at least its last one (区市场监督局 → 区市场监督管理局).
    static func isSingleInsertion(of short: String, into long: String) -> Bool {
        isSingleInsertion(of: Candidate(short), into: Candidate(long))
    }

    private static func isSingleInsertion(of short: Candidate, into long: Candidate) -> Bool {
        guard long.length > short.length else { return false }
        // Where both are simple their scalars are their Characters.
        if short.isSimple, long.isSimple {
            return isSingleInsertion(of: short.name.unicodeScalars, into: long.name.unicodeScalars, count: short.length)
        }
        return isSingleInsertion(of: Array(short.name), into: Array(long.name), count: short.length)
    }

    private static func isSingleInsertion<C: BidirectionalCollection>(of a: C, into b: C, count: Int) -> Bool
    where C.Element: Equatable {
        var prefix = 0
        var (x, y) = (a.startIndex, b.startIndex)
        while prefix < count, a[x] == b[y] {
            prefix += 1
            (x, y) = (a.index(after: x), b.index(after: y))
        }
        var suffix = 0
        (x, y) = (a.endIndex, b.endIndex)
        while suffix < count - prefix {
            (x, y) = (a.index(before: x), b.index(before: y))
            guard a[x] == b[y] else { break }
            suffix += 1
        }
        return prefix >= 2 && suffix >= 1 && prefix + suffix == count
    }

    /// `name.contains(part)`, by bytes where both are simple (`SimpleScalars`): then Characters
    /// are scalars, equal exactly when their bytes are, and a match of valid UTF-8 in valid UTF-8
    /// starts on a scalar.
    static func contains(_ name: String, _ part: String) -> Bool {
        let found = name.utf8.withContiguousStorageIfAvailable { whole in
            part.utf8.withContiguousStorageIfAvailable { piece -> Bool? in
                guard SimpleScalars.all(utf8: whole), SimpleScalars.all(utf8: piece) else { return nil }
                guard let first = piece.first else { return nil }
                let count = piece.count
                var start = 0
                while start + count <= whole.count {
                    if whole[start] == first, UnsafeBufferPointer(rebasing: whole[start..<start + count]).elementsEqual(piece) {
                        return true
                    }
                    start += 1
                }
                return false
            } ?? nil
        }
        if let found, let found { return found }
        return name.contains(part)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = SimpleTextTable<Void>()
        return names.filter { seen.insert($0, ()) }
    }
}
