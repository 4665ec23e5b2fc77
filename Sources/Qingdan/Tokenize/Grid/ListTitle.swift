/// Picks the list's title (标题) among the lines printed before its table.
enum ListTitle {
    /// Titles are one line; a longer text above the table is a preamble.
    private static let longestTitle = 80

    /// `lines` in reading order. The last short line naming a 清单 wins (the nearest to the table,
    /// with the line above it when that names only the region);
    /// else the first line that is not an attachment mark (附件1) or a bare number.
    static func choose(from lines: [String]) -> String? {
        let candidates = lines.map(joinedWraps).filter { !$0.isEmpty && $0.count <= longestTitle }
        return nearestNaming(in: candidates) ?? candidates.first { !isAttachmentMark($0) }
    }

    /// The last of `lines` that names a 清单, preferring a list's own title over the notice that
    /// publishes it (关于印发《…清单》的通知).
    static func nearestNaming(in lines: [String]) -> String? {
        guard let index = lines.lastIndex(where: { $0.contains("清单") && !isNotice($0) }) ?? lines.lastIndex(where: { $0.contains("清单") }) else {
            return nil
        }
        // A title printed on two lines: 松山县柳河乡 / 上级部门收回事项清单.
        if index > 0, isPlaceLine(lines[index - 1]) { return lines[index - 1] + lines[index] }
        return lines[index]
    }

    /// A line that is only the region a title names (松山县柳河乡, 某某街道办事处): short, no 清单,
    /// and ending like a place.
    private static func isPlaceLine(_ line: String) -> Bool {
        line.count <= longestPlaceLine && !line.contains("清单") && !isNotice(line) && !isAttachmentMark(line)
            && !line.contains(where: { $0.isPunctuation || $0.isWhitespace })
            && PlaceName.endsLikePlace(line)
    }

    /// 内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇 is 21 characters.
    private static let longestPlaceLine = 30

    private static func isNotice(_ line: String) -> Bool {
        line.hasPrefix("关于") || line.hasSuffix("通知") || line.hasSuffix("公告") || line.contains("《")
    }

    /// A title broken over lines (by `<br>` or a Word line break) is one title.
    static func joinedWraps(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingCellWhitespace }.joined()
    }

    private static func isAttachmentMark(_ line: String) -> Bool {
        line.hasPrefix("附件") || line.allSatisfy { $0.isNumber || $0.isPunctuation || $0.isWhitespace }
    }
}
