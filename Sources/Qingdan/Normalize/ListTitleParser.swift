/// Reads the list kind and the region from the title (大同市云冈区口泉乡配合履职事项清单).
struct ListTitleParser: Sendable {
    /// Titles are one line of a few dozen characters; a longer text naming a 清单 is a preamble
    /// (关于印发…的通知 with its paragraph).
    static let longestTitle = 80

    /// Wordings of each kind of list, most specific first.
    static let kinds: [(ListKind, [String])] = [
        (.returned, ["上级部门收回事项清单", "收回事项清单", "收回履职事项清单"]),
        (.cooperative, ["配合履职事项清单", "配合事项清单"]),
        (.basic, ["基本履职事项清单", "基本事项清单"]),
    ]

    typealias Level = PlaceName.Level

    func kind(of title: String) -> ListKind {
        let compact = String(title.filter { !$0.isWhitespace })
        return Self.kinds.first { $0.1.contains { compact.contains($0) } }?.0 ?? .other
    }

    /// Reads place names from the start of the title while each is of a lower level than the
    /// one before: 大同市 / 云冈区 / 口泉乡.
    func region(of title: String) -> Region {
        var region = Region()
        var reader = DutyTextReader(title.filter { !$0.isWhitespace })
        var previous: Level?
        while let (name, level) = readPlace(&reader, after: previous) {
            switch level {
            case .province: region.province = name
            case .city: region.city = name
            case .district: region.district = name
            case .township: region.township = name
            }
            previous = level
        }
        return region
    }

    /// A place name: at least one character, then the nearest ending that fits a level below
    /// `previous`. Reads nothing when none fits.
    private func readPlace(_ reader: inout DutyTextReader, after previous: Level?) -> (String, Level)? {
        let start = reader.index
        while !reader.didReachEnd, !Self.kinds.contains(where: { $0.1.contains { reader.hasPrefix($0) } }) {
            if reader.index > start {
                for (ending, levels) in PlaceName.endings where reader.hasPrefix(ending) {
                    guard let level = levels.first(where: { level in previous.map { level > $0 } ?? true }) else { continue }
                    for _ in 0..<ending.count { reader.advance() }
                    return (reader.text(from: start), level)
                }
            }
            reader.advance()
        }
        reader.rewind(to: start)
        return nil
    }
}
