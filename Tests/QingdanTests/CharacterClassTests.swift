import Testing
@testable import Qingdan

/// The character classes and the clause-marker grammar every reader shares.
@Suite struct CharacterClassTests {
    @Test func displayWidth() {
        #expect("中".first?.displayWidth == 2)
        #expect("，".first?.displayWidth == 2)
        #expect("a".first?.displayWidth == 1)
        // Ambiguous-width characters Chinese fonts set full width.
        #expect("“".first?.displayWidth == 2)
        #expect("①".first?.displayWidth == 2)
        let width: Int = "3层①低保".displayWidth
        #expect(width == 9, "1 + 2 + 2 + 2 + 2")
    }

    @Test func inventedGaps() {
        // Where the font changes: CJK on one side, a Latin letter, digit or circled number on the other.
        #expect(Character.isInventedGap(between: "①", and: "低"))
        #expect(Character.isInventedGap(between: "3", and: "层"))
        #expect(Character.isInventedGap(between: "实", and: "2"))
        // Typed: between two CJK characters, or next to Latin punctuation.
        #expect(!Character.isInventedGap(between: "理", and: "，"))
        #expect(!Character.isInventedGap(between: ",", and: "及"))
        #expect(!Character.isInventedGap(between: "A", and: "B"))
    }

    @Test func clauseMarkers() {
        #expect(ClauseLabel.prefix(of: "2.开展")?.length == 2)
        #expect(ClauseLabel.prefix(of: "12．开展")?.length == 3)
        #expect(ClauseLabel.prefix(of: "三、工作")?.length == 2)
        #expect(ClauseLabel.prefix(of: "（二）工作")?.length == 3)
        #expect(ClauseLabel.prefix(of: "①低保")?.label == ClauseLabel(kind: .circled, value: 1, printed: "①"))
        #expect(ClauseLabel.prefix(of: "⑵说明")?.label == ClauseLabel(kind: .parenArabic, value: 2, printed: "⑵"))
        #expect(ClauseLabel.prefix(of: "⒊说明")?.label == ClauseLabel(kind: .arabic, value: 3, printed: "⒊"))
        // Numbers that are not markers: a decimal, a year, a department name.
        #expect(ClauseLabel.prefix(of: "1.5倍") == nil)
        #expect(ClauseLabel.prefix(of: "2024年") == nil)
        #expect(ClauseLabel.prefix(of: "区民政局：") == nil)
        // Only the start of a long text is read.
        #expect(ClauseLabel.prefix(of: "4、" + String(repeating: "很长", count: 10_000))?.length == 2)
    }
}
