import Foundation
import Testing
@testable import Qingdan

/// The normalizer, validators and writers read text by scalars or bytes where every scalar is a
/// Character of its own, and by Characters otherwise: both ways must give the same answer. A
/// text is sent down the Character way by a mark that joins its last letter (e + U+0301) placed
/// where no rule looks, and the answers are compared with each other and with what Swift's
/// Character-level definitions say.
@Suite struct ScalarPathTests {
    /// Text the grammar reads: markers of each family, decimals, years, spaces before 年,
    /// sentence ends, brackets, and characters outside the simple set.
    static let paragraphs = [
        "1.负责甲。2.配合乙。3.其他", "（1）审核；（2）审批；（4）跳过", "一、总则", "十二．分则", "（十一）细则", "1.5万元补贴",
        "2024.年", "2.2022年起负责", "2.2022 年起负责", "2.2022  年起", "1、甲。1、乙", "(3)乙", "1）丙", "⑴子", "⒉目",
        "①审核②审批", "12、事项", "1234.不是", "1. 负责", "负责甲。2.配合", "负责;1.甲", "", "。", "1.", "（）", "（1",
        "\u{3000}1.缩进", "区民政局：", "公安、交通等部门：",
    ]

    /// `text` read by Characters: the same text with a combining mark far from where the grammar
    /// reads (a paragraph of the same marker and sentences).
    static func byCharacters(_ text: String) -> String { text + "e\u{301}" }

    @Test func labelsReadTheSameByScalarsAndByCharacters() {
        for text in Self.paragraphs {
            var scalars = DutyTextReader(text)
            var characters = DutyTextReader(Self.byCharacters(text))
            let a = scalars.readClauseLabel(), b = characters.readClauseLabel()
            #expect(a == b, "\(text)")
            #expect(scalars.index == characters.index, "\(text)")
            #expect(ClauseLabel.prefix(of: text)?.label == ClauseLabel.prefix(of: Self.byCharacters(text))?.label, "\(text)")
        }
    }

    @Test func labelsAsPrinted() {
        #expect(ClauseLabel.prefix(of: "2.2022 年起负责")?.label.printed == "2.")
        #expect(ClauseLabel.prefix(of: "1.5万元")?.label == nil)
        #expect(ClauseLabel("（十一）") == ClauseLabel(kind: .parenChinese, value: 11, printed: "（十一）"))
        // A compatibility ideograph is a Character equal to the numeral it stands for (U+F9D1 is 六).
        #expect(Character("\u{F9D1}") == "六")
        #expect(ClauseLabel("（\u{F9D1}）") == ClauseLabel(kind: .parenChinese, value: 6, printed: "（\u{F9D1}）"))
        #expect(ClauseLabel("\u{F9D1}、")?.value == 6)
        // A digit a mark joins is no digit.
        #expect(ClauseLabel("1\u{301}.") == nil)
    }

    /// The simple path of the paragraph parser reads a marker before a year spaced off as the
    /// whole paragraph does (`-layout` text prints 2.2022 年).
    @Test func paragraphParserReadsAYearAfterASpace() {
        var parser = ClauseParagraphParser("2.2022 年起负责")
        #expect(parser.parse() == [Clause(label: "2.", text: "2022 年起负责")])
        #expect(DutySectionParser.startsWithLabel("2.2022 年起负责"))
    }

    @Test func runOnClausesCutTheSameByScalarsAndByCharacters() {
        for text in Self.paragraphs {
            let cuts = ClauseLabel.runOnClauseStarts(in: text).map { text.utf8.distance(from: text.startIndex, to: $0) }
            let other = Self.byCharacters(text)
            let otherCuts = ClauseLabel.runOnClauseStarts(in: other).map { other.utf8.distance(from: other.startIndex, to: $0) }
            #expect(cuts == otherCuts, "\(text)")
        }
        let text = "1.负责甲。2.配合乙。3.其他"
        #expect(ClauseLabel.runOnClauseStarts(in: text).map { String(text[$0...]) } == ["2.配合乙。3.其他", "3.其他"])
        #expect(ClauseLabel.runOnClauseStarts(in: "1、甲。3、乙").isEmpty)
    }

    @Test func unsplitClausesFoundTheSameByScalarsAndByCharacters() {
        for text in Self.paragraphs {
            for label in [nil, "1.", "（1）"] as [String?] {
                let a = ClauseSplitCheck.holdsNextLabel(Clause(label: label, text: text))
                let b = ClauseSplitCheck.holdsNextLabel(Clause(label: label, text: Self.byCharacters(text)))
                #expect(a == b, "\(label ?? "") \(text)")
            }
        }
        #expect(ClauseSplitCheck.holdsNextLabel(Clause(label: "1.", text: "负责甲。2.配合乙")))
        #expect(!ClauseSplitCheck.holdsNextLabel(Clause(label: "1.", text: "负责甲。3.配合乙")))
    }

    @Test func blankAsCharactersSay() {
        for text in ValidatorTests.awkwardTexts + [" ", "\u{3000}", " \u{301}", "\u{301}", "\r\n", "\t \n", " a", "\u{600} "] {
            #expect(CellText.isBlank(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
            #expect(CellText.trimmed(text) == Self.trimmedByCharacters(text), "\(text.debugDescription)")
        }
    }

    static func trimmedByCharacters(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    @Test func departmentNamesAsCharactersSay() {
        let names = ["区民政局", "区市场监督局", "区市场监督管理局", "区人力资源和社会保障局（区医疗保障局）", "（牵头）", "局", "中心",
                     "区e\u{301}局", "区民政局\u{301}", "公安", "区委政法委、市公安局云冈分局", "交通、公安（含交警）、市场/邮政"]
        for name in names {
            let core: String
            if name.hasSuffix("）"), let open = name.lastIndex(of: "（"), open > name.startIndex { core = String(name[..<open]) } else { core = name }
            #expect(DepartmentName.withoutTrailingParenthetical(name) == core, "\(name)")
            let ends = name.count > 1 && OrganisationName.endings.contains { name.hasSuffix($0) }
            #expect(OrganisationName.endsLikeOrganisation(name) == ends, "\(name)")
            #expect(DepartmentName.split(name) == Self.splitByCharacters(name), "\(name)")
        }
        #expect(DepartmentName.split("交通、公安（含交警、巡警）、市场/邮政") == ["交通", "公安（含交警、巡警）", "市场", "邮政"])
        #expect(DepartmentDirectory.isSingleInsertion(of: "区市场监督局", into: "区市场监督管理局"))
        #expect(!DepartmentDirectory.isSingleInsertion(of: "区市场局", into: "区市场监督管理所"))
        #expect(DepartmentDirectory.isSingleInsertion(of: "区市e\u{301}局", into: "区市e\u{301}管理局"))
        #expect(OrganisationName.isBoundary(between: "区农业农村局", and: "区林业局"))
        #expect(!OrganisationName.isBoundary(between: "区农业农村局e\u{301}", and: "区林业局"))
    }

    /// Names split at 、，, / outside brackets, Character by Character.
    static func splitByCharacters(_ list: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for c in list {
            if depth == 0, "、，,/／".contains(c) { parts.append(current); current = ""; continue }
            if c == "（" || c == "(" { depth += 1 }
            if c == "）" || c == ")" { depth = max(0, depth - 1) }
            current.append(c)
        }
        parts.append(current)
        return parts.map(DepartmentName.normalized).filter { !$0.isEmpty }
    }

    @Test func numbersAsStringSpellsThem() {
        for value in [0, 1, 9, 10, 99, 100, 12345, -1, -10, Int.max, Int.min] {
            var out: [UInt8] = []
            JSONValue.appendDecimal(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
    }

    /// JSON strings escaped by bytes against the escaping written out by scalars.
    @Test func jsonStringsEscapeAsScalarsSay() {
        for text in ValidatorTests.awkwardTexts + ["a\"b\\c", "\u{1}\u{1F}\u{7F}", "\u{2028}x\u{2029}", "\u{E2}", "”“", "\t\r"] {
            var out: [UInt8] = []
            JSONValue.appendQuoted(text, to: &out)
            var expected = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": expected += "\\\""
                case "\\": expected += "\\\\"
                case "\n": expected += "\\n"
                case "\r": expected += "\\r"
                case "\t": expected += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    expected += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: expected.unicodeScalars.append(scalar)
                }
            }
            #expect(String(decoding: out, as: UTF8.self) == expected + "\"", "\(text.debugDescription)")
        }
    }

    @Test func markdownEscapesAsScalarsSay() {
        for text in ValidatorTests.awkwardTexts + ["a*b_c|d[e]<f>#~`\\", "一\n二", "\u{301}*"] {
            var expected = ""
            for scalar in text.unicodeScalars {
                if "\\*_`[]<>#|~".unicodeScalars.contains(scalar) { expected += "\\" + String(scalar) }
                else if scalar == "\n" { expected += "<br>" }
                else { expected.unicodeScalars.append(scalar) }
            }
            #expect(MarkdownText.escape(text) == expected, "\(text.debugDescription)")
        }
    }

    /// The header-in-row check folds each line of a cell against the header from the cell's
    /// bytes; the truth is the Character definition: lines split at "\n", each without its
    /// whitespace Characters and with ( ) made full-width.
    @Test func headerLinesFoundAsCharactersSay() {
        func truth(_ text: String, _ header: String) -> Bool {
            func fold(_ s: Substring) -> String {
                String(s.filter { !$0.isWhitespace }.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
            }
            let lines = text.split(separator: "\n")
            return lines.count > 1 && lines.contains { fold($0) == fold(Substring(header)) }
        }
        let headers = ["序号", "乡镇（街道）配合职责", "事项名称"]
        let lines = ["序号", "序 号", "18", "序号x", "x序号", "乡镇 (街道)\u{3000}配合职责", "乡镇(街道配合职责", "事项名称 ", "事项\t名称", "", " ", "事项名", "事项名称称", "a\u{301}"]
        for header in headers {
            for a in lines {
                for b in lines {
                    let text = a + "\n" + b
                    #expect(HeaderInRowCheck.holdsOwnHeaderLine(text, header: header) == truth(text, header), "\(text.debugDescription) \(header)")
                    let three = a + "\n\n" + b + "\n"
                    #expect(HeaderInRowCheck.holdsOwnHeaderLine(three, header: header) == truth(three, header), "\(three.debugDescription) \(header)")
                }
                #expect(HeaderInRowCheck.holdsOwnHeaderLine(a, header: header) == truth(a, header), "\(a.debugDescription)")
            }
        }
    }

    /// Every non-ASCII whitespace scalar, its neighbours, and text of every UTF-8 length: the
    /// printed-character count read from lead bytes is the scalar definition's.
    @Test func printedCharactersCountAsScalarsSay() {
        func truth(_ text: String) -> Int {
            text.unicodeScalars.filter { $0.isASCII ? $0.value > 0x20 && $0.value != 0x7F : !$0.properties.isWhitespace }.count
        }
        var texts = ValidatorTests.awkwardTexts + ["\u{7F}\u{1F}a b\tc", "😀汉字ｶﾀｶﾅ", "\u{E000}\u{FFFD}\u{10FFFF}"]
        for value: UInt32 in [0x84, 0x85, 0x86, 0x9F, 0xA0, 0xA1, 0x167F, 0x1680, 0x1681, 0x1FFF, 0x2000, 0x2005, 0x200A,
                              0x200B, 0x2027, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F, 0x2030, 0x205E, 0x205F, 0x2060,
                              0x2FFF, 0x3000, 0x3001, 0x3080, 0x0800, 0xFFFF] {
            if let scalar = Unicode.Scalar(value) { texts.append("甲" + String(Character(scalar)) + "乙") }
        }
        for text in texts {
            #expect(PrintedCharacters.count(text) == truth(text), "\(text.debugDescription)")
            #expect(PrintedCharacters.count(Substring(text).dropFirst()) == truth(String(text.dropFirst())), "\(text.debugDescription)")
        }
    }

    /// The byte folding (`SpaceParenthesisFolding`) gives what the Character definition gives:
    /// whitespace Characters left out, ( ) made full-width.
    @Test func foldingAsCharactersSay() {
        func truth(_ text: String) -> String {
            String(text.filter { !$0.isWhitespace }.map { $0 == "(" ? "（" : $0 == ")" ? "）" : $0 })
        }
        for text in ValidatorTests.awkwardTexts + ["乡镇 (街道)\u{3000}配合职责", "a\u{A0}b\u{85}c\u{2028}d", "( )", "\u{301}(", "(\u{301}"] {
            #expect(text.foldingSpacesAndParentheses == truth(text), "\(text.debugDescription)")
            #expect(HeaderVocabulary.folded(Substring(text)) == truth(text), "\(text.debugDescription)")
        }
    }

    /// Header lookups by bytes answer as `String` lookups do, for simple text and for text whose
    /// Characters are spelled another way (a decomposed é equals the composed one).
    @Test func simpleTextTableAnswersAsStringsDo() {
        let table = SimpleTextTable([("序号", 1), ("caf\u{E9}", 2), ("re\u{301}sume\u{301}", 3), ("序号", 4)])
        #expect(table.value("序号") == 1)
        #expect(table.value("cafe\u{301}") == 2)
        #expect(table.value("caf\u{E9}") == 2)
        #expect(table.value("r\u{E9}sum\u{E9}") == 3)
        #expect(table.value("序") == nil)
        #expect(Array("r\u{E9}sum\u{E9}".utf8).withUnsafeBufferPointer { table.value(simpleUTF8: $0) } == 3)
        for (key, wordings) in HeaderVocabulary.wordings {
            for wording in wordings {
                #expect(SimpleScalars.all(wording), "\(wording)")
                #expect(HeaderVocabulary.key(of: wording) == HeaderVocabulary.wordings.first { $0.1.contains(wording) }?.0, "\(wording) \(key)")
                #expect(HeaderVocabulary.key(of: " " + wording.replacingOccurrences(of: "（", with: "(") + "\n") == HeaderVocabulary.key(of: wording))
                #expect(HeaderVocabulary.isExactWording(wording))
            }
        }
        for group in HeaderVocabulary.groupWordings {
            #expect(HeaderVocabulary.isGroup(group) && HeaderVocabulary.isWordingOrGroup(group), "\(group)")
        }
        #expect(!HeaderVocabulary.isWordingOrGroup("序号x") && !HeaderVocabulary.isGroup("序号"))
    }

    /// What `SimpleTextTable` rests on: every simple scalar is its own canonical form and no
    /// canonical decomposition (of any scalar up to U+2FFFF, where the last ones are) holds one
    /// after its first scalar — so two simple texts are equal Strings exactly when their bytes are.
    @Test func simpleScalarsAreTheirOwnCanonicalForm() {
        var notOwn: [UInt32] = []
        var composing: [UInt32] = []
        for value: UInt32 in 0..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if SimpleScalars.isOwnGrapheme(value) {
                if Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) != [scalar]
                    || scalar.properties.canonicalCombiningClass != .notReordered { notOwn.append(value) }
            }
            let parts = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            if parts.count > 1, parts.dropFirst().contains(where: { SimpleScalars.isOwnGrapheme($0.value) }) { composing.append(value) }
        }
        #expect(notOwn.isEmpty, "\(notOwn.prefix(10).map { String($0, radix: 16) })")
        #expect(composing.isEmpty, "\(composing.prefix(10).map { String($0, radix: 16) })")
    }
}
