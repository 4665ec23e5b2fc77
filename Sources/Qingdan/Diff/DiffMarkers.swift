/// How the diff reports mark changes.
enum DiffMarkers {
    /// Changes of at most this many characters get a spelled-out note beside them: a struck-out
    /// 者 in 志愿<del>者</del>服务 is one glyph and easy to miss.
    static let tinyChange = 2
}
