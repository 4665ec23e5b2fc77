/// Where one organisation name ends and the next begins on the following line ("…区农业农村局" /
/// "区林业局"): a line that ends like an organisation and a line that starts with a level of
/// government. A department cell prints one name per line, and a name that happens to fill its
/// line would otherwise read as wrapped into the next.
enum OrganisationBoundary {
    /// Last characters of organisation names (…局, …委, …办, …中心, …公司).
    static let ends: Set<Character> = Set("局委办室部院队所站心司厅处")
    /// First characters of organisation names: the level of government.
    static let starts: Set<Character> = Set("区市县省乡镇")

    static func isBetween(_ line: some StringProtocol, and next: some StringProtocol) -> Bool {
        guard let last = line.last, let first = next.first else { return false }
        return ends.contains(last) && starts.contains(first)
    }
}
