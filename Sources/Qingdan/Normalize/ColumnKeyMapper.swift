/// Gives each printed header its column key from the shared vocabulary (`HeaderVocabulary`).
struct ColumnKeyMapper: Sendable {
    /// One column per header, in printed order; a key is given to its first column only, and a
    /// header with no known wording keeps `extra:N`. `groups` (aligned with `headers`, or empty)
    /// are the spanning headers of a two-row grouped header: kept on the column, and read with
    /// the leaf where together they make a wording (上级部门 over 名称).
    /// `printed` are the headers as printed when `headers` were made distinct (职责 and
    /// 职责（第5列）): the key is read from the printed one.
    func columns(for headers: [String], groups: [String?] = [], printed: [String]? = nil) -> [Column] {
        var used = Set<String>()
        return headers.enumerated().map { offset, header in
            let group = offset < groups.count ? groups[offset] : nil
            let wording = printed.flatMap { offset < $0.count ? $0[offset] : nil } ?? header
            if let key = HeaderVocabulary.key(of: wording, group: group), used.insert(key.description).inserted {
                return Column(key: key, header: header, group: group)
            }
            return Column(key: .extra(offset + 1), header: header, group: group)
        }
    }
}
