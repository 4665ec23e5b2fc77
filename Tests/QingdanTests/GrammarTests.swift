import Testing
@testable import Qingdan

/// The shared vocabulary: the wordings issue 9 lists for each kind of list, section headings,
/// organisation-name boundaries.
@Suite struct GrammarTests {
    /// Every header variant the issue names, with the key it must give.
    static let variants: [(String, ColumnKey)] = [
        ("序号", .number), ("事项类别", .category), ("一级类别", .category), ("二级类别", .subcategory), ("事项名称", .name),
        ("项目名称", .name), ("权力名称", .name),
        ("具体内容", .content), ("履职内容", .content), ("工作内容", .content), ("主要内容", .content),
        ("履职依据", .basis), ("法律依据", .basis), ("依据", .basis), ("收回依据", .basis),
        ("责任科室", .office), ("责任单位", .office), ("备注", .remarks),
        ("对应上级部门", .departments), ("上级部门", .departments), ("配合部门", .departments), ("主责部门", .departments),
        ("责任部门", .departments), ("上级主管部门", .departments), ("收回部门", .departments), ("承接部门", .departments),
        ("实施部门", .departments),
        ("上级部门职责", .superiorDuties), ("部门职责", .superiorDuties), ("主责部门职责", .superiorDuties),
        ("乡镇（街道）配合职责", .townshipDuties), ("乡镇配合职责", .townshipDuties), ("镇街配合职责", .townshipDuties),
        ("街道配合职责", .townshipDuties), ("乡镇（街道）职责", .townshipDuties),
        ("工作方式", .method), ("承接方式", .method),
    ]

    @Test func everyWordingOfTheIssueHasItsKey() {
        for (wording, key) in Self.variants {
            #expect(HeaderVocabulary.key(of: wording) == key, "\(wording)")
            #expect(HeaderVocabulary.isHeader(wording), "\(wording)")
        }
        // Wrapped and half-width forms fold to the same wording.
        #expect(HeaderVocabulary.key(of: "乡镇 (街道)\n配合职责") == .townshipDuties)
        #expect(HeaderVocabulary.key(of: "序\n号") == .number)
    }

    @Test func aLeafIsReadWithItsGroup() {
        #expect(HeaderVocabulary.key(of: "名称", group: "县级部门") == .departments)
        #expect(HeaderVocabulary.key(of: "职责", group: "县级部门") == .superiorDuties)
        #expect(HeaderVocabulary.key(of: "职责", group: "乡镇（街道）") == .townshipDuties)
        #expect(HeaderVocabulary.key(of: "上级部门职责", group: "职责边界划分") == .superiorDuties)
        #expect(HeaderVocabulary.key(of: "名称", group: nil) == .name)
    }

    @Test func essentialColumnsByKind() {
        #expect(HeaderVocabulary.essentialKeys(of: .basic) == [.number, .name])
        #expect(HeaderVocabulary.essentialKeys(of: .cooperative) == [.number, .name, .departments])
        #expect(HeaderVocabulary.essentialKeys(of: .returned) == [.number, .name, .departments])
    }

    @Test func sectionHeadings() {
        #expect(SectionHeading("一、党的建设") == SectionHeading(level: 1, title: "党的建设"))
        #expect(SectionHeading("（一）基层党建") == SectionHeading(level: 2, title: "基层党建"))
        #expect(SectionHeading("党的建设（12项）") == SectionHeading(level: 1, title: "党的建设"))
        #expect(SectionHeading("十二、民生服务及社会事业（共8项）") == SectionHeading(level: 1, title: "民生服务及社会事业"))
        #expect(SectionHeading("平安法治(3项)") == SectionHeading(level: 1, title: "平安法治"))
        // Items, clauses and sentences are not sections.
        #expect(SectionHeading("12") == nil)
        #expect(SectionHeading("1.负责审核。") == nil)
        #expect(SectionHeading("一、负责组织实施，并上报。") == nil)
        #expect(SectionHeading("党的建设") == nil)
        // Spanning the table, an unlabelled short name is a category; a note is not.
        #expect(SectionHeading(spanningRow: "党的建设") == SectionHeading(level: 1, title: "党的建设"))
        #expect(SectionHeading(spanningRow: "注：本清单由县委编办负责解释。") == nil)
        #expect(SectionHeading(spanningRow: "东城街道基本履职事项清单") == nil)
    }

    /// `县残疾人联合会` / `县民政局` on two lines of a department cell are two departments.
    @Test func organisationBoundaries() {
        #expect(OrganisationName.isBoundary(between: "县残疾人联合会", and: "县民政局"))
        #expect(OrganisationName.isBoundary(between: "区农业农村局", and: "区林业局"))
        #expect(OrganisationName.isBoundary(between: "旗人民政府", and: "旗应急管理局"))
        #expect(!OrganisationName.isBoundary(between: "区住房和城乡", and: "建设局"))
        #expect(OrganisationName.endsLikeOrganisation("县妇联"))
        #expect(!OrganisationName.endsLikeOrganisation("局"))
    }

    @Test func clauseLabelBeforeAYear() {
        #expect(ClauseLabel.prefix(of: "2.2022年起开展核查")?.label.value == 2)
        #expect(ClauseLabel.prefix(of: "3.5亿元以下") == nil)
    }

    /// The table-free whitespace test is the standard library's White_Space property on every scalar.
    @Test func whiteSpaceIsTheUnicodeProperty() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhiteSpace != scalar.properties.isWhitespace { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    /// The clause-marker grammar reads a string's own bytes (`UTF8MarkerCursor`) where every
    /// scalar is its own Character: it must read what a `DutyTextReader` over the same text reads
    /// (the same label, as far), for every text of up to four symbols of the grammar's alphabet
    /// and its neighbours — and `ClauseLabel.prefix` what a reader over the first eight Characters
    /// reads.
    @Test func markerCursorOverBytesReadsAsTheReader() {
        let alphabet = ["1", "0", "9", "（", "）", "(", ")", ".", "．", "、", "一", "十", "二", " ", "年", "①", "⑴", "⒈", "负", "１"]
        var texts = [""]
        var last = [""]
        for _ in 1...4 {
            last = last.flatMap { prefix in alphabet.map { prefix + $0 } }
            texts += last
        }
        texts += ["2.2022 年", "2.2022  年起", "3.2022   年", "（十一）", "（九十九）细则", "十二．分则", "12、事项", "1234.不是"]
        var wrong: [String] = []
        for text in texts {
            var reader = DutyTextReader(text)
            let truth = reader.readClauseLabel()
            let read = text.utf8.withContiguousStorageIfAvailable { bytes in
                var cursor = UTF8MarkerCursor(bytes)
                return (cursor.readClauseLabel(), cursor.mark.unit)
            }
            if read?.0 != truth || read?.1 != reader.index { wrong.append(text) }
            var leading = DutyTextReader(String(text.prefix(8)))
            let prefixTruth = leading.readClauseLabel().map { ($0, leading.index) }
            let prefix = ClauseLabel.prefix(of: text)
            if prefix?.label != prefixTruth?.0 || prefix?.length != prefixTruth?.1 { wrong.append("prefix " + text) }
            if ClauseLabel(text) != (truth != nil && reader.didReachEnd ? truth : nil) { wrong.append("whole " + text) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// The grammar tests its brackets, delimiters and numerals by value; the sets and the
    /// numerals' table are what they stand for.
    @Test func markerTestsByValueAreTheSets() {
        var differing: [UInt32] = []
        for value in UInt32(0)..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ClauseLabel.isOpenParen(value) != DutyTextReader.openParens.contains(scalar)
                || ClauseLabel.isCloseParen(value) != DutyTextReader.closeParens.contains(scalar)
                || ClauseLabel.isArabicDelimiter(value) != DutyTextReader.arabicDelimiters.contains(scalar)
                || ClauseLabel.isChineseDelimiter(value) != DutyTextReader.chineseDelimiters.contains(scalar)
                || ClauseLabel.chineseDigit(value) != ClauseLabel.chineseDigits[Character(scalar)] && SimpleScalars.isOwnGrapheme(value) {
                differing.append(value)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
}
