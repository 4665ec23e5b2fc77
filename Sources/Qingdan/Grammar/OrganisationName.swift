/// How the names of organisations (部门, 单位) are spelled: the one list of their endings and of
/// the levels of government they begin with, used by every reader and by the normalizer.
enum OrganisationName {
    /// Endings of the names of government bodies and other organisations (…局, …委员会, …大队,
    /// …中心, …公司, 妇联, …银行, …集团).
    static let endings: [String] = [
        "局", "委", "部", "办", "室", "队", "会", "院", "所", "站", "中心", "公司", "政府", "部门", "单位",
        "机关", "集团", "银行", "厅", "处", "科", "馆", "社", "台", "署", "组", "联", "行", "团",
    ]

    /// Last characters of `endings`: what a line ending an organisation name ends with.
    static let lastCharacters: Set<Character> = Set(endings.compactMap(\.last))

    /// `lastCharacters` by scalar value, for Characters that are one scalar of their own.
    private static let lastScalars: Set<UInt32> = Set(lastCharacters.compactMap { $0.unicodeScalars.first?.value })

    /// First characters of the names of administrative bodies: the level of government (区…, 市…,
    /// 县…, 旗…, 州…).
    static let levelPrefixes: Set<Character> = ["区", "市", "县", "省", "乡", "镇", "旗", "州"]
    private static let levelPrefixScalars: Set<UInt32> = Set(levelPrefixes.compactMap { $0.unicodeScalars.first?.value })

    /// Whether a Character of this one scalar is the last of an ending (`lastCharacters`).
    static func isLastCharacter(_ value: UInt32) -> Bool {
        lastScalars.contains(value)
    }

    /// Whether a Character of this one scalar is a level of government (`levelPrefixes`).
    static func isLevelPrefix(_ value: UInt32) -> Bool {
        levelPrefixScalars.contains(value)
    }

    /// Whether `name` ends like the name of an organisation (and is more than its ending).
    static func endsLikeOrganisation(_ name: some StringProtocol) -> Bool {
        if SimpleScalars.all(name) {
            // Scalars are Characters (the endings' too): compare the endings' UTF-8 bytes.
            var scalars = name.unicodeScalars.makeIterator()
            guard scalars.next() != nil, scalars.next() != nil,
                  let last = name.unicodeScalars.last, lastScalars.contains(last.value) else { return false }
            return endings.contains { name.utf8.hasSuffix(bytes: $0.utf8) }
        }
        return name.count > 1 && endings.contains { name.hasSuffix($0) }
    }

    /// Where one organisation name ends and the next begins on the following line ("…区农业农村局"
    /// / "区林业局", "县残疾人联合会" / "县民政局"): a line that ends like an organisation and a line
    /// that starts with a level of government. A department cell prints one name per line, and a
    /// name that happens to fill its line would otherwise read as wrapped into the next.
    static func isBoundary(between line: some StringProtocol, and next: some StringProtocol) -> Bool {
        if let last = SimpleScalars.lastCharacter(of: line), let first = SimpleScalars.firstCharacter(of: next) {
            return lastScalars.contains(last) && levelPrefixScalars.contains(first)
        }
        guard let last = line.last, let first = next.first else { return false }
        return lastCharacters.contains(last) && levelPrefixes.contains(first)
    }
}

extension Collection<UInt8> {
    /// Whether the bytes end with `suffix`'s bytes.
    func hasSuffix(bytes suffix: some Collection<UInt8>) -> Bool {
        let length = suffix.count, own = count
        return length <= own && dropFirst(own - length).elementsEqual(suffix)
    }
}
