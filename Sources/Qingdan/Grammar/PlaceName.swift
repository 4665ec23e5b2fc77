/// Place names (地名) as list titles print them: 大同市 / 云冈区 / 口泉乡, 松山县 / 柳河乡.
enum PlaceName {
    /// Administrative levels in the order a title names them.
    enum Level: Int, Comparable {
        case province, city, district, township
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// Endings of place names, by the levels they can stand for (a 市 after a city is a
    /// county-level city).
    static let endings: [(String, [Level])] = [
        ("自治区", [.province]), ("特别行政区", [.province]), ("省", [.province]),
        ("自治州", [.city]), ("地区", [.city]), ("盟", [.city]),
        ("市", [.city, .district]), ("自治县", [.district]), ("区", [.district]), ("县", [.district]),
        ("自治旗", [.district]), ("旗", [.district]),
        ("街道", [.township]), ("民族乡", [.township]), ("乡", [.township]), ("镇", [.township]), ("苏木", [.township]),
    ]

    /// Whether `line` ends like a place name (…县, …乡, …街道, …办事处).
    static func endsLikePlace(_ line: some StringProtocol) -> Bool {
        endings.contains { line.hasSuffix($0.0) } || line.hasSuffix("办事处") || line.hasSuffix("人民政府")
    }
}
